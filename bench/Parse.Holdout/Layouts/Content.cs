namespace Parse.Holdout.Layouts;

/// <summary>What every own layout prints, worded once: the section order, contact pieces, entry lines.</summary>
internal sealed class Content(Resume r, Style s, Random random)
{
    public Resume Resume { get; } = r;
    public Style Style { get; } = s;

    /// <summary>Where an entry's dates go: flush right on the title line, inline after a separator, or on a line of
    /// their own. Drawn once per person.</summary>
    public string DatePlacement { get; } = new[] { "right", "right", "inline", "below" }[random.Next(4)];

    public bool SkillsFirst { get; } = random.NextDouble() < 0.3;

    public string Name => Style.UpperName ? Resume.Basics.Name.ToUpperInvariant() : Resume.Basics.Name;

    public string Heading(string section) => Style.Headings[section];

    public IEnumerable<string> Sections()
    {
        if (!string.IsNullOrEmpty(Resume.Basics.Summary)) yield return "summary";
        if (SkillsFirst && Resume.Skills is { Count: > 0 }) yield return "skills";
        if (Resume.Work is { Count: > 0 }) yield return "work";
        if (Resume.Education is { Count: > 0 }) yield return "education";
        if (!SkillsFirst && Resume.Skills is { Count: > 0 }) yield return "skills";
        if (Resume.Projects is { Count: > 0 }) yield return "projects";
        if (Resume.Certificates is { Count: > 0 }) yield return "certificates";
        if (Resume.Volunteer is { Count: > 0 }) yield return "volunteer";
        if (Resume.Awards is { Count: > 0 }) yield return "awards";
        if (Resume.Publications is { Count: > 0 }) yield return "publications";
        if (Resume.Languages is { Count: > 0 }) yield return "languages";
        if (Resume.Interests is { Count: > 0 }) yield return "interests";
        if (Resume.References is { Count: > 0 }) yield return "references";
    }

    public string Location => Resume.Basics.Location is { } l ? (l.Region is { } reg ? $"{l.City}, {reg}" : $"{l.City}, {CountryName(l.CountryCode)}") : "";

    /// <summary>Contact pieces in print order (e-mail, phone, place, site, profiles).</summary>
    public List<string> ContactPieces()
    {
        var b = Resume.Basics;
        var list = new List<string> { b.Email };
        if (b.Phone is { } p) list.Add(p);
        if (Location.Length > 0) list.Add(Location);
        if (b.Url is { } u) list.Add(Style.ProfileDisplay == "url" ? u : Style.NoScheme(u));
        foreach (var profile in b.Profiles ?? [])
        {
            list.Add(Style.ProfileText(profile));
        }
        return list;
    }

    /// <summary>The link behind a contact piece, if it is one.</summary>
    public string? Href(string piece)
    {
        var b = Resume.Basics;
        if (piece == b.Email) return "mailto:" + piece;
        if (b.Url is { } u && (piece == u || piece == Style.NoScheme(u))) return u;
        return b.Profiles?.FirstOrDefault(p => Style.ProfileText(p) == piece)?.Url;
    }

    public (string First, string Second) WorkTitles(Work w) => Style.TitleFirst ? (w.Position, w.Name) : (w.Name, w.Position);

    public string Degree(Education e) => e.StudyType.StartsWith("Bachelor", StringComparison.Ordinal) || e.StudyType.StartsWith("Master", StringComparison.Ordinal) || e.StudyType.StartsWith("Doctor", StringComparison.Ordinal) || e.StudyType.StartsWith("Associate", StringComparison.Ordinal)
        ? (e.StudyType.EndsWith("'s", StringComparison.Ordinal) ? $"{e.StudyType} in {e.Area}" : $"{e.StudyType} in {e.Area}")
        : $"{e.StudyType}, {e.Area}";

    public string Certificate(Certificate c) => $"{c.Name} — {c.Issuer} ({Style.Date(c.Date)})";

    public string Language(Language l) => $"{l.Name} ({l.Fluency})";

    public string Award(Award a) => $"{a.Title} — {a.Awarder}, {Style.Date(a.Date)}";

    public string Publication(Publication p) => $"{p.Name}. {p.Publisher}, {Style.Date(p.ReleaseDate)}.";

    public string Reference(Reference r) => r.Text.Length > 0 ? $"{r.Name}: “{r.Text}”" : r.Name;

    public static string CountryName(string code) => code switch
    {
        "US" => "USA", "GB" => "United Kingdom", "CA" => "Canada", "DE" => "Germany", "IN" => "India", "ES" => "Spain",
        "FR" => "France", "AU" => "Australia", "SG" => "Singapore", "IE" => "Ireland", "NL" => "Netherlands", "BR" => "Brazil",
        "JP" => "Japan", "PL" => "Poland", "SE" => "Sweden", "NG" => "Nigeria", _ => code,
    };
}
