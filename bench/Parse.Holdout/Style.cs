using System.Globalization;

namespace Parse.Holdout;

/// <summary>How one person's own layouts write things (the themes decide for themselves): the dev set's meta.style
/// fields.</summary>
public sealed record Style
{
    public required string DateFormat { get; init; }
    public required string RangeSep { get; init; }
    public required string PresentWord { get; init; }
    public required string Bullet { get; init; }
    public required string ContactSep { get; init; }
    public required string ProfileDisplay { get; init; }
    public required Dictionary<string, string> Headings { get; init; }
    public bool UpperName { get; init; }
    public bool TitleFirst { get; init; }
    public required string Accent { get; init; }
    public required string Font { get; init; }

    private static readonly string[] DateFormats = ["MMM YYYY", "MMMM YYYY", "MMM. YYYY", "YYYY-MM", "MM/YYYY"];
    private static readonly string[] RangeSeps = [" - ", " – ", " — ", " to "];
    private static readonly string[] PresentWords = ["Present", "present", "Current", "Now"];
    private static readonly string[] Bullets = ["•", "▪", "-", "*", "◦"];
    private static readonly string[] ContactSeps = [" | ", " · ", " • ", "  /  "];
    private static readonly string[] ProfileDisplays = ["noscheme", "url", "network"];
    private static readonly string[] Accents = ["#0b6e4f", "#8a2be2", "#c0392b", "#1a5276", "#444444", "#b9770e"];
    private static readonly string[] Fonts =
    [
        "\"Liberation Sans\", Helvetica, sans-serif", "\"Liberation Serif\", \"Times New Roman\", serif",
        "\"DejaVu Sans\", Arial, sans-serif", "\"DejaVu Serif\", Georgia, serif",
    ];

    private static readonly Dictionary<string, string[]> HeadingChoices = new()
    {
        ["summary"] = ["Summary", "Profile", "About Me", "Professional Summary", "About", "Career Objective"],
        ["work"] = ["Experience", "Work Experience", "Professional Experience", "Employment History", "Career History", "Relevant Experience"],
        ["education"] = ["Education", "Academic Background", "Education & Training", "Qualifications", "Academic History"],
        ["skills"] = ["Skills", "Technical Skills", "Core Competencies", "Skills & Tools", "Expertise", "Key Skills"],
        ["projects"] = ["Projects", "Selected Projects", "Side Projects", "Personal Projects", "Open Source"],
        ["certificates"] = ["Certifications", "Certificates", "Licenses & Certifications", "Professional Certifications"],
        ["languages"] = ["Languages", "Spoken Languages", "Language Skills"],
        ["awards"] = ["Awards", "Honors & Awards", "Achievements", "Honours"],
        ["volunteer"] = ["Volunteering", "Volunteer Experience", "Community Involvement", "Volunteer Work"],
        ["publications"] = ["Publications", "Selected Publications", "Writing"],
        ["interests"] = ["Interests", "Hobbies", "Hobbies & Interests"],
        ["references"] = ["References", "Referees"],
    };

    public static Style Random(Random random)
    {
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        return new Style
        {
            DateFormat = Pick(DateFormats),
            RangeSep = Pick(RangeSeps),
            PresentWord = Pick(PresentWords),
            Bullet = Pick(Bullets),
            ContactSep = Pick(ContactSeps),
            ProfileDisplay = Pick(ProfileDisplays),
            Headings = HeadingChoices.ToDictionary(h => h.Key, h => Pick(h.Value)),
            UpperName = random.NextDouble() < 0.35,
            TitleFirst = random.NextDouble() < 0.65,
            Accent = Pick(Accents),
            Font = Pick(Fonts),
        };
    }

    public string Date(string? iso)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return PresentWord;
        }
        var d = DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var c = CultureInfo.InvariantCulture;
        return DateFormat switch
        {
            "MMM YYYY" => d.ToString("MMM yyyy", c),
            "MMMM YYYY" => d.ToString("MMMM yyyy", c),
            "MMM. YYYY" => d.Month == 5 ? d.ToString("MMM yyyy", c) : d.ToString("MMM", c) + ". " + d.Year,
            "YYYY-MM" => d.ToString("yyyy-MM", c),
            _ => d.ToString("MM/yyyy", c),
        };
    }

    public string Range(string? start, string? end) => $"{Date(start)}{RangeSep}{Date(end)}";

    /// <summary>A profile as this person writes it: the bare address, the full URL, or the network's name.</summary>
    public string ProfileText(Profile p) => ProfileDisplay switch
    {
        "url" => p.Url,
        "network" => p.Network,
        _ => NoScheme(p.Url),
    };

    public static string NoScheme(string url) => url.Replace("https://", "").Replace("http://", "").Replace("www.", "");
}
