using Resume.Model;

namespace Resume.Rendering.Optimized;

/// <summary>The standard heading for each section kind, and the order used when the guide names none.</summary>
internal static class SectionHeadings
{
    public static readonly IReadOnlyList<string> DefaultOrder =
    [
        SectionKinds.Summary, SectionKinds.Skills, SectionKinds.Work, SectionKinds.Projects, SectionKinds.Education,
        SectionKinds.Certificates, SectionKinds.Awards, SectionKinds.Publications, SectionKinds.Volunteer,
        SectionKinds.Languages, SectionKinds.Interests, SectionKinds.References,
    ];

    public static string For(string kind) => kind switch
    {
        SectionKinds.Summary => "Professional Summary",
        SectionKinds.Skills => "Technical Skills",
        SectionKinds.Work => "Professional Experience",
        SectionKinds.Projects => "Projects",
        SectionKinds.Education => "Education",
        SectionKinds.Certificates => "Certifications",
        SectionKinds.Awards => "Awards",
        SectionKinds.Publications => "Publications",
        SectionKinds.Volunteer => "Volunteer Experience",
        SectionKinds.Languages => "Languages",
        SectionKinds.Interests => "Interests",
        SectionKinds.References => "References",
        _ => "Additional Information",
    };

    /// <summary>The guide's order first, then every other section in the default order.</summary>
    public static IEnumerable<string> Order(GuideSummary guide) =>
        guide.SectionOrder.Where(DefaultOrder.Contains).Concat(DefaultOrder).Distinct(StringComparer.Ordinal);
}
