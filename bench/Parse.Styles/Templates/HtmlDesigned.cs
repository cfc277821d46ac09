using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;
using static Parse.Styles.Templates.HtmlKit;

namespace Parse.Styles.Templates;

/// <summary>Designed one-page resumes as online builders and Canva-style templates print them: sidebars with icons and
/// gauges, letter-spaced names, headings behind icons, chips, timelines.</summary>
internal static class HtmlDesigned
{
    /// <summary>A dark left sidebar (contact with icons, skills beside bar gauges, languages as dots), a letter-spaced
    /// name and icon headings in the main column.</summary>
    public static string SidebarGauges(Content c, Random random)
    {
        var r = c.Resume;
        var side = new StringBuilder();
        side.Append("<h3>Contact</h3>");
        foreach (var piece in IconContact(c, Look.Phone(r.Basics.Phone ?? "", 1)))
        {
            side.Append($"<div class=\"ci\">{piece}</div>");
        }
        if (r.Skills is { Count: > 0 })
        {
            side.Append("<h3>Skills</h3>").Append(Gauges(Look.Keywords(r), random));
        }
        if (r.Languages is { Count: > 0 })
        {
            side.Append("<h3>Languages</h3>");
            foreach (var l in r.Languages)
            {
                side.Append($"<div class=\"lang\">{E(l.Name)} {Dots(random)}</div>");
            }
        }
        if (r.Interests is { Count: > 0 })
        {
            side.Append("<h3>Interests</h3>").Append(string.Concat(r.Interests.Select(i => $"<div>{E(i.Name)}</div>")));
        }
        var main = new StringBuilder();
        main.Append($"<div class=\"name\">{E(c.Name.ToUpperInvariant())}</div>");
        if (r.Basics.Label is { } label) main.Append($"<div class=\"label\">{E(label)}</div>");
        foreach (var section in c.Sections().Where(s => s is not ("skills" or "languages" or "interests")))
        {
            main.Append($"<h2>{Icon(SectionIcon(section))}{E(c.Heading(section).ToUpperInvariant())}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        main.Append($"<div class=\"entry\"><div class=\"t\">{E(w.Position)}</div><div class=\"muted\">{E(w.Name)} | {E(Look.Range(w.StartDate, w.EndDate, "MM/yyyy", " - "))}</div>{Items(w.Highlights)}</div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        main.Append($"<div class=\"entry\"><div class=\"t\">{E(c.Degree(e))}</div><div class=\"muted\">{E(e.Institution)} | {E(Look.Range(e.StartDate, e.EndDate, "MM/yyyy", " - "))}</div></div>");
                    }
                    break;
                default:
                    main.Append(Other(c, section));
                    break;
            }
        }
        var css = """
            .wrap { display: flex; min-height: 270mm; }
            aside { width: 33%; background: #263238; color: #eceff1; padding: 14px 12px; box-sizing: border-box; font-size: 9pt; }
            aside h3 { font-size: 10.5pt; letter-spacing: .12em; text-transform: uppercase; border-bottom: 1px solid #78909c; padding-bottom: 2px; margin: 14px 0 6px; }
            aside .ci { margin: 3px 0; word-break: break-all; }
            .lang { display: flex; justify-content: space-between; margin: 3px 0; }
            main { flex: 1; padding: 10px 16px; }
            .name { font-size: 24pt; letter-spacing: .25em; font-weight: 300; }
            .label { font-size: 11pt; color: #546e7a; margin: 2px 0 6px; letter-spacing: .08em; }
            h2 { font-size: 12pt; color: #263238; margin: 12px 0 4px; }
            .t { font-weight: bold; }
            """;
        return Page(c, css, $"<div class=\"wrap\"><aside>{side}</aside><main>{main}</main></div>", "\"DejaVu Sans\", sans-serif", 9.5);
    }

    /// <summary>Headings and bullets drawn with icon-font glyphs; dates and places behind calendar and marker icons on a
    /// line above the title; skills as bordered chips.</summary>
    public static string IconCards(Content c, Random random)
    {
        var r = c.Resume;
        var sb = new StringBuilder();
        sb.Append($"<header><h1>{E(c.Name)}</h1>{(r.Basics.Label is { } l ? $"<div class=\"label\">{E(l)}</div>" : "")}<div class=\"contact\">{string.Join("", IconContact(c).Select(p => $"<span>{p}</span>"))}</div></header>");
        foreach (var section in c.Sections())
        {
            sb.Append($"<h2>{Icon(SectionIcon(section))}{E(c.Heading(section))}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append("<div class=\"entry\">");
                        sb.Append($"<div class=\"meta\">{Icon(Calendar)}{E(Look.Range(w.StartDate, w.EndDate, "MMM yyyy", " – "))}{(w.Location is { } loc ? $"&nbsp;&nbsp;&nbsp;{Icon(MapMarker)}{E(loc)}" : "")}</div>");
                        sb.Append($"<div class=\"t\">{E(w.Position)}</div><div class=\"co\">{E(w.Name)}</div>");
                        sb.Append("<div class=\"hl\">").Append(string.Concat(w.Highlights.Select(h => $"<div>{Icon(ChevronRight)}{E(h)}</div>"))).Append("</div></div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"meta\">{Icon(Calendar)}{E(Look.Range(e.StartDate, e.EndDate, "MMM yyyy", " – "))}</div><div class=\"t\">{E(c.Degree(e))}</div><div class=\"co\">{E(e.Institution)}</div></div>");
                    }
                    break;
                case "skills":
                    sb.Append("<div class=\"chips\">").Append(string.Concat(Look.Keywords(r).Select(k => $"<span>{E(k)}</span>"))).Append("</div>");
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        var css = """
            h1 { font-size: 26pt; margin: 0; color: #1565c0; }
            .label { font-size: 12pt; margin-bottom: 4px; }
            .contact span { margin-right: 14px; font-size: 9pt; }
            h2 { font-size: 13pt; color: #1565c0; margin: 14px 0 6px; }
            h2 .fa { color: #1565c0; }
            .meta { font-size: 8.5pt; color: #777; }
            .t { font-weight: bold; font-size: 11pt; }
            .co { color: #1565c0; }
            .hl div { margin: 1px 0 1px 12px; text-indent: -12px; padding-left: 12px; }
            .hl .fa { font-size: 7pt; color: #1565c0; }
            .chips span { display: inline-block; border: 1px solid #1565c0; border-radius: 4px; padding: 1px 6px; margin: 2px 4px 2px 0; font-size: 9pt; }
            """;
        return Page(c, css, sb.ToString(), "\"Liberation Sans\", sans-serif");
    }

    /// <summary>Name and headings letter-spaced wide in capitals; dates letter-spaced too.</summary>
    public static string LetterSpaced(Content c, Random random)
    {
        var r = c.Resume;
        var sb = new StringBuilder();
        sb.Append($"<header><div class=\"name\">{E(c.Name)}</div>{(r.Basics.Label is { } l ? $"<div class=\"label\">{E(l)}</div>" : "")}<div class=\"contact\">{string.Join(" &nbsp;·&nbsp; ", PlainContact(c))}</div></header>");
        foreach (var section in c.Sections())
        {
            sb.Append($"<h2>{E(c.Heading(section))}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"row\"><b>{E(w.Name)}</b><span class=\"d\">{E(Look.Range(w.StartDate, w.EndDate, "MMM yyyy", " — ", "present"))}</span></div><div class=\"pos\">{E(w.Position)}</div>{Items(w.Highlights)}</div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"row\"><b>{E(e.Institution)}</b><span class=\"d\">{E(Look.Range(e.StartDate, e.EndDate, "MMM yyyy", " — ", "present"))}</span></div><div class=\"pos\">{E(c.Degree(e))}</div></div>");
                    }
                    break;
                case "skills":
                    sb.Append(LabelledSkills(c));
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        var css = """
            .name { font-size: 22pt; letter-spacing: .4em; text-transform: uppercase; text-align: center; }
            .label { text-align: center; letter-spacing: .2em; text-transform: uppercase; font-size: 9pt; margin: 4px 0; }
            .contact { text-align: center; font-size: 9pt; margin-bottom: 6px; }
            h2 { font-size: 10.5pt; letter-spacing: .35em; text-transform: uppercase; font-weight: normal; border-bottom: 1px solid #999; margin: 14px 0 6px; }
            .row { display: flex; justify-content: space-between; }
            .d { letter-spacing: .18em; text-transform: uppercase; font-size: 8.5pt; color: #555; }
            .pos { font-style: italic; }
            """;
        return Page(c, css, sb.ToString(), "\"Liberation Serif\", serif");
    }

    /// <summary>A timeline: dates in a narrow left column beside each entry, a dot on a vertical line between.</summary>
    public static string Timeline(Content c, Random random)
    {
        var r = c.Resume;
        var sb = new StringBuilder();
        sb.Append($"<h1>{E(c.Name)}</h1>{(r.Basics.Label is { } l ? $"<div class=\"label\">{E(l)}</div>" : "")}<div class=\"contact\">{string.Join(" | ", PlainContact(c))}</div>");
        foreach (var section in c.Sections())
        {
            sb.Append($"<h2>{E(c.Heading(section))}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append($"<div class=\"tl entry\"><div class=\"when\">{E(Look.Range(w.StartDate, w.EndDate, "MM/yyyy", " – "))}</div><div class=\"what\"><b>{E(w.Position)}</b><div>{E(w.Name)}{(w.Location is { } loc ? ", " + E(loc) : "")}</div>{Items(w.Highlights)}</div></div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append($"<div class=\"tl entry\"><div class=\"when\">{E(Look.Range(e.StartDate, e.EndDate, "MM/yyyy", " – "))}</div><div class=\"what\"><b>{E(e.Institution)}</b><div>{E(c.Degree(e))}</div></div></div>");
                    }
                    break;
                case "skills":
                    sb.Append(LabelledSkills(c));
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        var css = """
            h1 { font-size: 24pt; margin: 0; } .label { font-size: 12pt; color: #555; } .contact { font-size: 9pt; margin: 4px 0 8px; }
            h2 { font-size: 13pt; color: #00695c; margin: 14px 0 6px; }
            .tl { display: flex; }
            .when { width: 25%; flex: none; text-align: right; padding-right: 14px; color: #00695c; font-size: 9pt; border-right: 2px solid #b2dfdb; }
            .what { padding-left: 14px; flex: 1; }
            """;
        return Page(c, css, sb.ToString());
    }

    /// <summary>A right-hand sidebar holding contact, education, skills and languages beside the work history.</summary>
    public static string RightSidebar(Content c, Random random)
    {
        var r = c.Resume;
        string[] sideSections = ["education", "skills", "languages", "certificates", "interests"];
        var main = new StringBuilder();
        var side = new StringBuilder();
        side.Append("<h3>Details</h3>").Append(string.Concat(PlainContact(c, Look.Phone(r.Basics.Phone ?? "", 2)).Select(p => $"<div class=\"ci\">{p}</div>")));
        foreach (var section in c.Sections())
        {
            var target = sideSections.Contains(section) ? side : main;
            target.Append(target == side ? $"<h3>{E(c.Heading(section))}</h3>" : $"<h2>{E(c.Heading(section))}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        main.Append($"<div class=\"entry\"><div class=\"t\">{E(w.Position)}, {E(w.Name)}</div><div class=\"muted\">{E(Look.Range(w.StartDate, w.EndDate, "MMMM yyyy", " – "))}</div>{Items(w.Highlights)}</div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        side.Append($"<div class=\"entry\"><b>{E(e.StudyType)}</b><div>{E(e.Area)}</div><div>{E(e.Institution)}</div><div class=\"muted\">{E(Look.Range(e.StartDate, e.EndDate, "yyyy-MM", " – "))}</div></div>");
                    }
                    break;
                case "skills":
                    foreach (var g in r.Skills!)
                    {
                        side.Append($"<div class=\"sg\">{E(g.Name)}</div>").Append(string.Concat(g.Keywords.Select(k => $"<div>{E(k)}</div>")));
                    }
                    break;
                case "languages":
                    side.Append(string.Concat(r.Languages!.Select(l => $"<div>{E(l.Name)} <span class=\"muted\">{E(l.Fluency)}</span></div>")));
                    break;
                case "interests":
                    side.Append(string.Concat(r.Interests!.Select(i => $"<div>{E(i.Name)}</div>")));
                    break;
                case "certificates":
                    side.Append(string.Concat(r.Certificates!.Select(x => $"<div class=\"entry\">{E(x.Name)}</div>")));
                    break;
                default:
                    main.Append(Other(c, section));
                    break;
            }
        }
        var head = $"<header><h1>{E(c.Name)}</h1>{(r.Basics.Label is { } l ? $"<div class=\"label\">{E(l)}</div>" : "")}</header>";
        var css = """
            h1 { font-size: 26pt; margin: 0; font-weight: 600; } .label { font-size: 12pt; color: #b71c1c; margin-bottom: 10px; }
            .cols { display: flex; gap: 20px; } main { flex: 1; } aside { width: 30%; flex: none; font-size: 9pt; }
            h2 { font-size: 13pt; border-bottom: 2px solid #b71c1c; margin: 10px 0 6px; }
            h3 { font-size: 10pt; text-transform: uppercase; color: #b71c1c; margin: 10px 0 4px; }
            .ci { word-break: break-all; margin: 2px 0; } .sg { font-weight: bold; margin-top: 4px; }
            .t { font-weight: bold; }
            """;
        return Page(c, css, $"{head}<div class=\"cols\"><main>{main}</main><aside>{side}</aside></div>");
    }

    /// <summary>Section titles in filled bars, entries with the dates in a right-hand column beside the title and the
    /// first bullets (a two-column grid per entry, as CSS-grid builders print it).</summary>
    public static string RightDateColumn(Content c, Random random)
    {
        var r = c.Resume;
        var sb = new StringBuilder();
        sb.Append($"<h1>{E(c.Name)}</h1><div class=\"contact\">{string.Join(" &bull; ", PlainContact(c, Look.Phone(r.Basics.Phone ?? "", 3)))}</div>");
        foreach (var section in c.Sections())
        {
            sb.Append($"<h2>{E(c.Heading(section))}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append($"<div class=\"grid entry\"><div><b>{E(w.Name)}</b><div class=\"pos\">{E(w.Position)}</div>{Items(w.Highlights)}</div>");
                        sb.Append($"<div class=\"side\">{E(Look.Date(w.StartDate, "MMM yyyy"))} –<br>{E(Look.Date(w.EndDate, "MMM yyyy"))}{(w.Location is { } loc ? $"<br><i>{E(loc)}</i>" : "")}</div></div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append($"<div class=\"grid entry\"><div><b>{E(e.Institution)}</b><div>{E(c.Degree(e))}</div></div><div class=\"side\">{E(Look.Range(e.StartDate, e.EndDate, "MMM yyyy", " – "))}</div></div>");
                    }
                    break;
                case "skills":
                    sb.Append(LabelledSkills(c));
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        var css = """
            h1 { font-size: 22pt; margin: 0 0 2px; } .contact { font-size: 9pt; margin-bottom: 8px; }
            h2 { background: #37474f; color: #fff; font-size: 10.5pt; padding: 2px 6px; margin: 12px 0 6px; text-transform: uppercase; }
            .grid { display: grid; grid-template-columns: 1fr 95px; column-gap: 10px; }
            .side { text-align: right; font-size: 9pt; color: #455a64; padding-top: 1px; }
            .pos { font-style: italic; }
            """;
        return Page(c, css, sb.ToString());
    }
}
