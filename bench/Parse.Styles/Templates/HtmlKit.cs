using System.Net;
using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;

namespace Parse.Styles.Templates;

/// <summary>Pieces the HTML templates share: the page, icons from Font Awesome 5 (private-use code points, as icon
/// fonts draw them), contact pieces and the sections a template leaves in a plain form.</summary>
internal static class HtmlKit
{
    private const string FontAwesome = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fontawesome5";

    public static string E(string s) => WebUtility.HtmlEncode(s);

    public static string Page(Content c, string css, string body, string font = "\"Liberation Sans\", sans-serif", double size = 10) =>
        $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{E(c.Resume.Basics.Name)}}</title>
        <style>
        @font-face { font-family: "FA Solid"; src: url("file://{{FontAwesome}}/FontAwesome5Free-Solid-900.otf"); }
        @font-face { font-family: "FA Brands"; src: url("file://{{FontAwesome}}/FontAwesome5Brands-Regular-400.otf"); }
        @page { size: A4; margin: 12mm 14mm; }
        body { font-family: {{font}}; font-size: {{size}}pt; color: #222; line-height: 1.3; margin: 0; }
        a { color: inherit; text-decoration: none; }
        ul { margin: 2px 0 6px; padding-left: 16px; }
        li { margin: 1px 0; }
        p { margin: 2px 0 4px; }
        .fa { font-family: "FA Solid"; font-weight: 900; font-style: normal; margin-right: 5px; }
        .fab { font-family: "FA Brands"; font-style: normal; margin-right: 5px; }
        .entry { break-inside: avoid; margin-bottom: 6px; }
        .muted { color: #666; }
        {{css}}
        </style></head><body>
        {{body}}
        </body></html>
        """;

    /// <summary>A Font Awesome glyph by code point (solid, or brands for networks).</summary>
    public static string Icon(int codePoint, bool brand = false) =>
        $"<span class=\"{(brand ? "fab" : "fa")}\">&#x{codePoint:x};</span>";

    public const int Envelope = 0xf0e0, PhoneIcon = 0xf095, MapMarker = 0xf3c5, Globe = 0xf0ac, LinkedIn = 0xf08c, GitHub = 0xf09b,
        Briefcase = 0xf0b1, GraduationCap = 0xf19d, Tools = 0xf7d9, User = 0xf007, Calendar = 0xf133, Certificate = 0xf0a3,
        LanguageIcon = 0xf1ab, Heart = 0xf004, Award = 0xf559, Diagram = 0xf542, ChevronRight = 0xf054, Book = 0xf02d,
        HandsHelping = 0xf4c4, Comment = 0xf075, Circle = 0xf111;

    public static int SectionIcon(string section) => section switch
    {
        "summary" => User, "work" => Briefcase, "education" => GraduationCap, "skills" => Tools, "projects" => Diagram,
        "certificates" => Certificate, "languages" => LanguageIcon, "interests" => Heart, "awards" => Award,
        "publications" => Book, "volunteer" => HandsHelping, _ => Comment,
    };

    /// <summary>Contact pieces with an icon before each (envelope, phone, marker, globe, network logos), linked.</summary>
    public static IEnumerable<string> IconContact(Content c, string? phone = null)
    {
        var b = c.Resume.Basics;
        yield return $"{Icon(Envelope)}<a href=\"mailto:{E(b.Email)}\">{E(b.Email)}</a>";
        if (b.Phone is { } p) yield return $"{Icon(PhoneIcon)}{E(phone ?? p)}";
        if (c.Location.Length > 0) yield return $"{Icon(MapMarker)}{E(c.Location)}";
        if (b.Url is { } u) yield return $"{Icon(Globe)}<a href=\"{E(u)}\">{E(Style.NoScheme(u))}</a>";
        foreach (var profile in b.Profiles ?? [])
        {
            var brand = profile.Network == "GitHub" ? GitHub : LinkedIn;
            yield return $"{Icon(brand, brand: true)}<a href=\"{E(profile.Url)}\">{E(Style.NoScheme(profile.Url))}</a>";
        }
    }

    /// <summary>Contact pieces as plain linked text.</summary>
    public static IEnumerable<string> PlainContact(Content c, string? phone = null)
    {
        var b = c.Resume.Basics;
        yield return $"<a href=\"mailto:{E(b.Email)}\">{E(b.Email)}</a>";
        if (b.Phone is { } p) yield return E(phone ?? p);
        if (c.Location.Length > 0) yield return E(c.Location);
        if (b.Url is { } u) yield return $"<a href=\"{E(u)}\">{E(Style.NoScheme(u))}</a>";
        foreach (var profile in b.Profiles ?? [])
        {
            yield return $"<a href=\"{E(profile.Url)}\">{E(Style.NoScheme(profile.Url))}</a>";
        }
    }

    public static string Items(IEnumerable<string> items, string? cls = null) =>
        $"<ul{(cls is null ? "" : $" class=\"{cls}\"")}>{string.Concat(items.Select(i => $"<li>{E(i)}</li>"))}</ul>";

    /// <summary>Sections a template does not set in its own way, in the generator's plain form.</summary>
    public static string Other(Content c, string section) => HtmlLayouts.Section(c, section);

    /// <summary>Skill groups as "Group: a, b, c" lines.</summary>
    public static string LabelledSkills(Content c) =>
        string.Concat(c.Resume.Skills!.Select(g => $"<div><b>{E(g.Name)}:</b> {E(string.Join(", ", g.Keywords))}</div>"));

    /// <summary>Each keyword beside a bar whose filled share is its level, as designed templates draw them.</summary>
    public static string Gauges(IEnumerable<string> keywords, Random random, string fill = "#fff", string track = "rgba(255,255,255,.3)")
    {
        var sb = new StringBuilder();
        foreach (var k in keywords)
        {
            var level = random.Next(45, 100);
            sb.Append($"<div class=\"gauge\"><span>{E(k)}</span><div style=\"height:5px;background:{track};margin:2px 0 5px\"><div style=\"height:5px;width:{level}%;background:{fill}\"></div></div></div>");
        }
        return sb.ToString();
    }

    /// <summary>Five dots, some filled: a level drawn, not written.</summary>
    public static string Dots(Random random)
    {
        var filled = random.Next(2, 6);
        return $"<span class=\"dots\">{string.Concat(Enumerable.Range(0, 5).Select(i => $"<i style=\"display:inline-block;width:7px;height:7px;border-radius:50%;margin-left:2px;background:{(i < filled ? "#333" : "#ccc")}\"></i>"))}</span>";
    }
}
