using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Parse.Holdout;
using Style = Parse.Holdout.Style;
using Parse.Holdout.Layouts;
using static Parse.Styles.Templates.DocxKit;
using Cell = (int Span, string? Shade, System.Collections.Generic.IReadOnlyList<DocumentFormat.OpenXml.OpenXmlElement> Content);

namespace Parse.Styles.Templates;

/// <summary>Word documents as Word's own templates, Google Docs and LibreOffice write them (each also printed to PDF by
/// LibreOffice as a style of its own).</summary>
internal static class DocxTemplates
{
    internal static List<OpenXmlElement> ContactParagraphs(DocxKit k, Content c, JustificationValues? align = null)
    {
        var b = c.Resume.Basics;
        var list = new List<OpenXmlElement> { Para([k.Link(b.Email, "mailto:" + b.Email)], align: align) };
        if (b.Phone is { } p) list.Add(Para(p, align: align));
        if (c.Location.Length > 0) list.Add(Para(c.Location, align: align));
        if (b.Url is { } u) list.Add(Para([k.Link(Style.NoScheme(u), u)], align: align));
        foreach (var pr in b.Profiles ?? []) list.Add(Para([k.Link(Style.NoScheme(pr.Url), pr.Url)], align: align));
        return list;
    }

    internal static IEnumerable<OpenXmlElement> Generic(Content c, string section)
    {
        var r = c.Resume;
        IEnumerable<string> lines = section switch
        {
            "summary" => [r.Basics.Summary!],
            "projects" => r.Projects!.Select(p => $"{p.Name}: {p.Description}"),
            "certificates" => r.Certificates!.Select(c.Certificate),
            "volunteer" => r.Volunteer!.Select(v => $"{v.Position}, {v.Organization} ({c.Style.Range(v.StartDate, v.EndDate)})"),
            "awards" => r.Awards!.Select(c.Award),
            "publications" => r.Publications!.Select(c.Publication),
            "languages" => [string.Join(", ", r.Languages!.Select(c.Language))],
            "interests" => [string.Join(", ", r.Interests!.Select(i => i.Name))],
            "references" => r.References!.Select(c.Reference),
            "skills" => r.Skills!.Select(g => $"{g.Name}: {string.Join(", ", g.Keywords)}"),
            _ => [],
        };
        return lines.Select(l => (OpenXmlElement)Para(l));
    }

    /// <summary>Word's two-column template: one table, a shaded narrow left cell with contact, skills and languages under
    /// bold capital labels (no heading style), the experience in the right cell.</summary>
    public static Source SidebarTable(Content c, Random random)
    {
        var r = c.Resume;
        return new Source("", Create("Calibri", 20, k =>
        {
            var left = new List<OpenXmlElement> { Para(c.Name, new RunLook(Bold: true, HalfPoints: 36)) };
            if (r.Basics.Label is { } l) left.Add(Para(l, new RunLook(Italic: true)));
            left.Add(Para("CONTACT", new RunLook(Bold: true, Color: "1F4E79")));
            left.AddRange(ContactParagraphs(k, c));
            string[] side = ["skills", "languages", "interests"];
            foreach (var section in c.Sections().Where(side.Contains))
            {
                left.Add(Para(c.Heading(section).ToUpperInvariant(), new RunLook(Bold: true, Color: "1F4E79")));
                left.AddRange(section == "skills" ? Look.Keywords(r).Select(x => (OpenXmlElement)Para(x)) : Generic(c, section));
            }
            var right = new List<OpenXmlElement>();
            foreach (var section in c.Sections().Where(s => !side.Contains(s)))
            {
                right.Add(Para(c.Heading(section).ToUpperInvariant(), new RunLook(Bold: true, HalfPoints: 26, Color: "1F4E79")));
                switch (section)
                {
                    case "work":
                        foreach (var w in r.Work!)
                        {
                            right.Add(Para([Run(w.Position, new RunLook(Bold: true)), Run(", " + w.Name)]));
                            right.Add(Para(Look.Range(w.StartDate, w.EndDate, "MMMM yyyy", " – "), new RunLook(Italic: true, Color: "595959")));
                            right.AddRange(w.Highlights.Select(h => (OpenXmlElement)Bullet(h)));
                        }
                        break;
                    case "education":
                        foreach (var e in r.Education!)
                        {
                            right.Add(Para([Run(c.Degree(e), new RunLook(Bold: true))]));
                            right.Add(Para($"{e.Institution}, {Look.Range(e.StartDate, e.EndDate, "MMMM yyyy", " – ")}"));
                        }
                        break;
                    default:
                        right.AddRange(Generic(c, section));
                        break;
                }
            }
            k.Body.Append(Table([3300, 6600], [[(1, "DEEAF6", left), (1, null, right)]]));
        }, headingStyle: false, title: c.Resume.Basics.Name));
    }

    /// <summary>A template built as one table: every section title sits in a row whose single cell spans both columns;
    /// entries are rows with the dates in the left cell.</summary>
    public static Source SpannedHeadings(Content c, Random random)
    {
        var r = c.Resume;
        return new Source("", Create("Arial", 19, k =>
        {
            var rows = new List<Cell[]>
            {
                new Cell[] { (2, null, [Para(c.Name, new RunLook(Bold: true, HalfPoints: 40)), Para(string.Join("  |  ", c.ContactPieces()))]) },
            };
            foreach (var section in c.Sections())
            {
                rows.Add([(2, "D9D9D9", [Para(c.Heading(section).ToUpperInvariant(), new RunLook(Bold: true, HalfPoints: 22))])]);
                switch (section)
                {
                    case "work":
                        foreach (var w in r.Work!)
                        {
                            var right = new List<OpenXmlElement> { Para([Run(w.Position, new RunLook(Bold: true))]), Para(w.Name + (w.Location is { } l ? ", " + l : "")) };
                            right.AddRange(w.Highlights.Select(h => (OpenXmlElement)Bullet(h)));
                            rows.Add([(1, null, [Para(Look.Range(w.StartDate, w.EndDate, "MMM yyyy", " – "))]), (1, null, right)]);
                        }
                        break;
                    case "education":
                        foreach (var e in r.Education!)
                        {
                            rows.Add([(1, null, [Para(Look.Range(e.StartDate, e.EndDate, "MMM yyyy", " – "))]), (1, null, [Para([Run(e.Institution, new RunLook(Bold: true))]), Para(c.Degree(e))])]);
                        }
                        break;
                    case "skills":
                        foreach (var g in r.Skills!)
                        {
                            rows.Add([(1, null, [Para(g.Name, new RunLook(Bold: true))]), (1, null, [Para(string.Join(", ", g.Keywords))])]);
                        }
                        break;
                    default:
                        rows.Add([(2, null, Generic(c, section).ToList())]);
                        break;
                }
            }
            k.Body.Append(Table([2400, 7500], rows, borders: true));
        }, headingStyle: false));
    }

    /// <summary>Google Docs' resume export: Title style name, a subtitle line, headings in Heading 1, an entry line of
    /// bold organisation, place and italic title, a small caps dates line, bullets from a numbering definition.</summary>
    public static Source GoogleDocs(Content c, Random random)
    {
        var r = c.Resume;
        return new Source("", Create("Merriweather", 20, k =>
        {
            k.Body.Append(Para(c.Resume.Basics.Name, style: "Title"));
            if (r.Basics.Label is { } l) k.Body.Append(Para(l, new RunLook(Color: "666666")));
            var pieces = new List<OpenXmlElement>();
            foreach (var piece in c.ContactPieces())
            {
                if (pieces.Count > 0) pieces.Add(Run("  ·  "));
                pieces.Add(c.Href(piece) is { } href && !href.StartsWith("mailto", StringComparison.Ordinal) ? k.Link(piece, href) : Run(piece));
            }
            k.Body.Append(Para(pieces));
            foreach (var section in c.Sections())
            {
                k.Body.Append(Para(c.Heading(section), style: "Heading1"));
                switch (section)
                {
                    case "work":
                        foreach (var w in r.Work!)
                        {
                            k.Body.Append(Para([Run(w.Name, new RunLook(Bold: true)), Run(w.Location is { } loc ? $", {loc} — " : " — "), Run(w.Position, new RunLook(Italic: true))], spaceBefore: 160));
                            k.Body.Append(Para(Look.Range(w.StartDate, w.EndDate, "MMMM yyyy", " - ", "PRESENT").ToUpperInvariant(), new RunLook(SmallCaps: true, HalfPoints: 16, Color: "666666")));
                            foreach (var h in w.Highlights) k.Body.Append(Bullet(h));
                        }
                        break;
                    case "education":
                        foreach (var e in r.Education!)
                        {
                            k.Body.Append(Para([Run(e.Institution, new RunLook(Bold: true)), Run(" — "), Run(c.Degree(e), new RunLook(Italic: true))], spaceBefore: 160));
                            k.Body.Append(Para(Look.Range(e.StartDate, e.EndDate, "MMMM yyyy", " - ").ToUpperInvariant(), new RunLook(SmallCaps: true, HalfPoints: 16, Color: "666666")));
                        }
                        break;
                    default:
                        foreach (var e in Generic(c, section)) k.Body.Append(e);
                        break;
                }
            }
        }, bullet: "●"));
    }

    /// <summary>The 2004 Europass CV as a Word table: a right-aligned label column ("Dates", "Occupation or position
    /// held", "Name and address of employer") beside the values.</summary>
    public static Source Europass(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        return new Source("", Create("Arial Narrow", 19, k =>
        {
            var rows = new List<Cell[]>();
            void Row(string label, IReadOnlyList<OpenXmlElement> value, bool heading = false) =>
                rows.Add([(1, null, [Para(label, new RunLook(Bold: heading, HalfPoints: heading ? 24 : 18), align: JustificationValues.Right)]), (1, null, value)]);
            void Text(string label, string value, bool bold = false) => Row(label, [Para(value, new RunLook(Bold: bold))]);
            Row("Europass\nCurriculum Vitae".Replace("\n", " "), [Para("")], heading: true);
            Row("Personal information", [Para("")], heading: true);
            Text("First name(s) / Surname(s)", b.Name, bold: true);
            if (c.Location.Length > 0) Text("Address", c.Location);
            if (b.Phone is { } p) Text("Mobile", p);
            Row("E-mail", [Para([k.Link(b.Email, "mailto:" + b.Email)])]);
            foreach (var pr in b.Profiles ?? []) Row(pr.Network, [Para([k.Link(Style.NoScheme(pr.Url), pr.Url)])]);
            if (b.Url is { } u) Row("Website", [Para([k.Link(Style.NoScheme(u), u)])]);
            Row("Work experience", [Para("")], heading: true);
            foreach (var w in r.Work!)
            {
                Text("Dates", Look.Range(w.StartDate, w.EndDate, "MM/yyyy", " - ", "present"));
                Text("Occupation or position held", w.Position, bold: true);
                Row("Main activities and responsibilities", w.Highlights.Select(h => (OpenXmlElement)Para(h)).ToList());
                Text("Name and address of employer", w.Name + (w.Location is { } l ? ", " + l : ""));
            }
            Row("Education and training", [Para("")], heading: true);
            foreach (var e in r.Education!)
            {
                Text("Dates", Look.Range(e.StartDate, e.EndDate, "MM/yyyy", " - "));
                Text("Title of qualification awarded", e.StudyType, bold: true);
                Text("Principal subjects / occupational skills covered", e.Area);
                Text("Name and type of organisation providing education and training", e.Institution);
            }
            Row("Personal skills and competences", [Para("")], heading: true);
            if (r.Languages is { Count: > 0 }) Text("Other language(s)", string.Join(", ", r.Languages.Select(c.Language)));
            foreach (var g in r.Skills ?? []) Text($"{g.Name} skills and competences", string.Join(", ", g.Keywords));
            if (r.Certificates is { Count: > 0 }) Row("Certificates", r.Certificates.Select(x => (OpenXmlElement)Para(x.Name)).ToList());
            k.Body.Append(Table([3300, 6600], rows));
        }, headingStyle: false));
    }

    /// <summary>A document formatted by hand, as LibreOffice users often do: no heading styles, headings as bold small
    /// caps with a bottom border, entry titles with dates after a dotted right tab, bullets typed as "–" characters.</summary>
    public static Source Manual(Content c, Random random)
    {
        var r = c.Resume;
        return new Source("", Create("Liberation Serif", 22, k =>
        {
            k.Body.Append(Para(c.Name, new RunLook(Bold: true, HalfPoints: 40), align: JustificationValues.Center));
            k.Body.Append(Para(string.Join(" • ", c.ContactPieces().Select(p => p.Contains('(') ? p : p)), new RunLook(HalfPoints: 18), align: JustificationValues.Center));
            foreach (var section in c.Sections())
            {
                k.Body.Append(Para([Run(c.Heading(section), new RunLook(Bold: true, SmallCaps: true, HalfPoints: 26))], spaceBefore: 200, bottomBorder: true));
                switch (section)
                {
                    case "work":
                        foreach (var w in r.Work!)
                        {
                            k.Body.Append(Para([Run($"{w.Position}, {w.Name}", new RunLook(Bold: true)), Tab(), Run(Look.Range(w.StartDate, w.EndDate, "MMM yyyy", " \u2013 "))], rightTab: 9800, leaderDots: true, spaceBefore: 100));
                            foreach (var h in w.Highlights) k.Body.Append(Para("\u2013 " + h));
                        }
                        break;
                    case "education":
                        foreach (var e in r.Education!)
                        {
                            k.Body.Append(Para([Run(e.Institution, new RunLook(Bold: true)), Tab(), Run(Look.Range(e.StartDate, e.EndDate, "MMM yyyy", " \u2013 "))], rightTab: 9800, leaderDots: true));
                            k.Body.Append(Para(c.Degree(e), new RunLook(Italic: true)));
                        }
                        break;
                    default:
                        foreach (var e in Generic(c, section)) k.Body.Append(e);
                        break;
                }
            }
        }, headingStyle: false));
    }

    /// <summary>Headings that are items of a numbered list ("1. Experience"), set bold and larger, no heading style.</summary>
    public static Source NumberedHeadings(Content c, Random random)
    {
        var r = c.Resume;
        return new Source("", Create("Cambria", 21, k =>
        {
            k.Body.Append(Para(c.Name, new RunLook(Bold: true, HalfPoints: 36)));
            if (r.Basics.Label is { } l) k.Body.Append(Para(l));
            k.Body.Append(Para(string.Join(" | ", c.ContactPieces())));
            foreach (var section in c.Sections())
            {
                k.Body.Append(Para([Run(c.Heading(section), new RunLook(Bold: true, HalfPoints: 26))], numbering: NumberedList, spaceBefore: 200));
                switch (section)
                {
                    case "work":
                        foreach (var w in r.Work!)
                        {
                            k.Body.Append(Para([Run(w.Name, new RunLook(Bold: true)), Tab(), Run(Look.Range(w.StartDate, w.EndDate, "MM/yyyy", " – "))], rightTab: 9800));
                            k.Body.Append(Para(w.Position, new RunLook(Italic: true)));
                            foreach (var h in w.Highlights) k.Body.Append(Bullet(h));
                        }
                        break;
                    case "education":
                        foreach (var e in r.Education!)
                        {
                            k.Body.Append(Para([Run(e.Institution, new RunLook(Bold: true)), Tab(), Run(Look.Range(e.StartDate, e.EndDate, "MM/yyyy", " – "))], rightTab: 9800));
                            k.Body.Append(Para(c.Degree(e)));
                        }
                        break;
                    default:
                        foreach (var e in Generic(c, section)) k.Body.Append(e);
                        break;
                }
            }
        }, bullet: "▪", headingStyle: false));
    }
}
