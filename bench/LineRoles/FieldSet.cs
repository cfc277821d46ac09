using Resume.Model;

namespace LineRoles;

/// <summary>The texts a resume holds, by the role a line showing them plays. Built the same way from the truth and from
/// the parser's answer, so both are labelled by one rule and label noise falls on both sides alike.</summary>
internal sealed class FieldSet
{
    public List<string> Names { get; } = [];
    public List<string> Labels { get; } = [];
    public List<string> Contacts { get; } = [];
    /// <summary>The person's town and region: contact details in the header, not an entry's place.</summary>
    public List<string> HomePlaces { get; } = [];
    public List<string> Employers { get; } = [];
    public List<string> Titles { get; } = [];
    public List<string> Places { get; } = [];
    /// <summary>Dates as <c>YYYY-MM</c> or <c>YYYY</c>.</summary>
    public HashSet<string> Dates { get; } = new(StringComparer.Ordinal);
    public List<string> Highlights { get; } = [];
    /// <summary>Text the roles above do not cover (summary, skills, languages, awards…): its lines are "other".</summary>
    public List<string> Others { get; } = [];

    public static FieldSet From(ResumeDocument resume)
    {
        var set = new FieldSet();
        var b = resume.Basics;
        Add(set.Names, b.Name);
        Add(set.Labels, b.Label);
        Add(set.Contacts, b.Email, b.Phone, b.Url, b.Url is { } site ? StripScheme(site) : null, b.Location?.Address, b.Location?.PostalCode);
        Add(set.HomePlaces, b.Location?.City, b.Location?.Region);
        foreach (var p in b.Profiles)
        {
            Add(set.Contacts, p.Url, p.Username, p.Url is { } u ? StripScheme(u) : null);
        }
        Add(set.Others, b.Summary);
        foreach (var w in resume.Work)
        {
            Entry(set, w.Name, w.Position, w.Location, w.StartDate, w.EndDate, w.Highlights, w.Summary);
        }
        foreach (var v in resume.Volunteer)
        {
            Entry(set, v.Organization, v.Position, null, v.StartDate, v.EndDate, v.Highlights, v.Summary);
        }
        foreach (var e in resume.Education)
        {
            Entry(set, e.Institution, e.StudyType, null, e.StartDate, e.EndDate, [], null);
            set.Others.AddRange(e.Courses.Where(c => c.Length > 0));
            Add(set.Titles, e.Area, e.StudyType is { } t && e.Area is { } a ? $"{t} {a}" : null, e.StudyType is { } t2 && e.Area is { } a2 ? $"{t2} in {a2}" : null);
            Add(set.Others, e.Score);
        }
        foreach (var p in resume.Projects)
        {
            Entry(set, p.Name, null, null, p.StartDate, p.EndDate, p.Highlights, p.Description);
            Add(set.Others, p.Url);
            set.Others.AddRange(p.Keywords.Where(k => k.Length > 0));
        }
        foreach (var s in resume.Skills)
        {
            Add(set.Others, s.Name, s.Level);
            set.Others.AddRange(s.Keywords.Where(k => k.Length > 0));
        }
        foreach (var l in resume.Languages)
        {
            Add(set.Others, l.Name, l.Fluency);
        }
        foreach (var i in resume.Interests)
        {
            Add(set.Others, i.Name);
            set.Others.AddRange(i.Keywords.Where(k => k.Length > 0));
        }
        foreach (var a in resume.Awards)
        {
            Add(set.Others, a.Title, a.Awarder, a.Summary);
        }
        foreach (var c in resume.Certificates)
        {
            Add(set.Others, c.Name, c.Issuer);
        }
        foreach (var p in resume.Publications)
        {
            Add(set.Others, p.Name, p.Publisher, p.Summary);
        }
        foreach (var r in resume.References)
        {
            Add(set.Others, r.Name, r.Text);
        }
        return set;
    }

    private static void Entry(FieldSet set, string? org, string? title, string? place, string? start, string? end,
        IReadOnlyList<string> highlights, string? summary)
    {
        Add(set.Employers, org);
        Add(set.Titles, title);
        Add(set.Places, place);
        if (place is not null)
        {
            // "Lagos, Lagos" is often shown as "Lagos" or "Lagos, NG".
            Add(set.Places, place.Split(',')[0]);
        }
        foreach (var d in new[] { start, end })
        {
            if (d is { Length: >= 4 })
            {
                set.Dates.Add(d[..4]);
                if (d.Length >= 7)
                {
                    set.Dates.Add(d[..7]);
                }
            }
        }
        set.Highlights.AddRange(highlights.Where(h => h.Length > 0));
        Add(set.Highlights, summary);
    }

    private static string StripScheme(string url)
    {
        var s = url.Replace("https://", "", StringComparison.OrdinalIgnoreCase).Replace("http://", "", StringComparison.OrdinalIgnoreCase);
        return s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;
    }

    private static void Add(List<string> list, params string?[] values)
    {
        foreach (var v in values)
        {
            if (!string.IsNullOrWhiteSpace(v))
            {
                list.Add(v);
            }
        }
    }
}
