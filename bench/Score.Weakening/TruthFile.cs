using System.Text.Json;
using Resume.Model;

namespace Score.Weakening;

/// <summary>
/// A labelled case's <c>truth.json</c> (JSON Resume) as a <see cref="ResumeDocument"/>. It has no parser meta, so the
/// sections are derived from which ones are present, in the file's own order, as a parser would report them.
/// </summary>
internal static class TruthFile
{
    private static readonly Dictionary<string, (string Kind, string Heading)> Sections = new(StringComparer.Ordinal)
    {
        ["work"] = (SectionKinds.Work, "Experience"),
        ["education"] = (SectionKinds.Education, "Education"),
        ["skills"] = (SectionKinds.Skills, "Skills"),
        ["projects"] = (SectionKinds.Projects, "Projects"),
        ["certificates"] = (SectionKinds.Certificates, "Certifications"),
        ["awards"] = (SectionKinds.Awards, "Awards"),
        ["publications"] = (SectionKinds.Publications, "Publications"),
        ["volunteer"] = (SectionKinds.Volunteer, "Volunteering"),
        ["languages"] = (SectionKinds.Languages, "Languages"),
        ["interests"] = (SectionKinds.Interests, "Interests"),
        ["references"] = (SectionKinds.References, "References"),
    };

    public static ResumeDocument Read(string path)
    {
        var json = File.ReadAllText(path);
        var resume = ResumeJson.Deserialize<ResumeDocument>(json);
        var sections = new List<SectionInfo>();
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Name == "basics" && !string.IsNullOrWhiteSpace(resume.Basics.Summary))
            {
                sections.Add(new SectionInfo(SectionKinds.Summary, "Summary"));
            }
            else if (Sections.TryGetValue(property.Name, out var section) && property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() > 0)
            {
                sections.Add(new SectionInfo(section.Kind, section.Heading));
            }
        }
        return resume with { Meta = new ResumeMeta { Sections = sections } };
    }
}
