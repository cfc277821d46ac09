using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Parse.Holdout.Layouts;
using static Parse.Styles.Templates.DocxKit;
using static Parse.Styles.Templates.DocxTemplates;
using Style = Parse.Holdout.Style;

namespace Parse.Styles.Templates;

/// <summary>Word documents as people save them after editing, beyond a template's own structure: icons typed in symbol
/// fonts, capitals set by run properties, links shown as "Email" and "LinkedIn", HYPERLINK fields whose instruction Word
/// split over several runs, a resume revised with tracked changes (a moved bullet, a paragraph mark deleted), and the
/// layout tables with entry tables inside that WPS Office and Chinese-locale Word save (numeric style ids). Layouts and
/// wording are made up here; only the kinds of XML are those the editors write.</summary>
internal static class DocxSavedTemplates
{
    private static Run Icon(string glyph, string font) =>
        new(new RunProperties(new RunFonts { Ascii = font, HighAnsi = font }, new Color { Val = "2F5496" }), new Text(glyph));

    /// <summary>Text whose hyphens are non-breaking hyphens (<c>w:noBreakHyphen</c>), as a date range typed with
    /// Ctrl+Shift+- so it never wraps.</summary>
    private static Run NoBreak(string text, DocxKit.RunLook? look = null)
    {
        var run = Run("", look);
        run.RemoveAllChildren<Text>();
        var parts = text.Split('-');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) run.Append(new NoBreakHyphen());
            if (parts[i].Length > 0) run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    /// <summary>Word's modern templates as people fill them in: the name in a style set in capitals, the contact lines each
    /// behind a Wingdings or Webdings icon (typed as text in the symbol font or as <c>w:sym</c>), the e-mail and the
    /// profiles shown as "Email" / "LinkedIn" over their links in half the draws, headings in capitals set by the run
    /// (not bold, coloured, no heading style), dates after a right tab with non-breaking hyphens, the first job's
    /// highlights numbered, later ones behind "o" (Courier New) and "§" (Wingdings) list levels.</summary>
    public static Source IconContact(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var words = random.Next(2) == 0;
        return new Source("", Create("Calibri", 21, k =>
        {
            var decimals = k.AddNumbering(NumberFormatValues.Decimal, "%1.");
            var hollow = k.AddNumbering(NumberFormatValues.Bullet, "o", "Courier New");
            var square = k.AddNumbering(NumberFormatValues.Bullet, "§", "Wingdings");
            k.AddStyle(ParagraphStyle("Name", "Name", 44, caps: true));
            k.Body.Append(Para(b.Name, style: "Name"));
            if (b.Label is { } label) k.Body.Append(Para(label, new RunLook(SmallCaps: true, HalfPoints: 24, Color: "595959")));
            var contact = new List<(Run Icon, OpenXmlElement Text)>();
            if (b.Phone is { } phone) contact.Add((Icon("(", "Wingdings"), Run(phone)));
            contact.Add((new Run(new RunProperties(new RunFonts { Ascii = "Wingdings", HighAnsi = "Wingdings" }), new SymbolChar { Font = "Wingdings", Char = "F02A" }),
                words ? k.Link("Email", "mailto:" + b.Email) : k.Link(b.Email, "mailto:" + b.Email)));
            if (c.Location.Length > 0) contact.Add((Icon("\u00C9", "Webdings"), Run(c.Location)));
            if (b.Url is { } url) contact.Add((Icon("\u00FC", "Wingdings"), k.Link(Style.NoScheme(url), url)));
            foreach (var p in b.Profiles ?? [])
            {
                contact.Add((Icon("\u00FC", "Wingdings"), k.Link(words ? p.Network : Style.NoScheme(p.Url), p.Url)));
            }
            if (random.Next(2) == 0)
            {
                var line = new List<OpenXmlElement>();
                foreach (var (icon, text) in contact)
                {
                    if (line.Count > 0) line.Add(Run("    "));
                    line.AddRange([icon, Run(" "), text]);
                }
                k.Body.Append(Para(line));
            }
            else
            {
                foreach (var (icon, text) in contact) k.Body.Append(Para([icon, Tab(), text]));
            }
            var heading = new RunLook(Caps: true, HalfPoints: 26, Color: "2F5496");
            foreach (var section in c.Sections())
            {
                k.Body.Append(Para([Run(c.Heading(section), heading)], spaceBefore: 240, bottomBorder: true));
                switch (section)
                {
                    case "work":
                        for (var i = 0; i < r.Work!.Count; i++)
                        {
                            var w = r.Work[i];
                            k.Body.Append(Para([Run(w.Position, new RunLook(Bold: true)), Run(" | " + w.Name + (w.Location is { } l ? ", " + l : "")), Tab(),
                                NoBreak(Look.Range(w.StartDate, w.EndDate, "MM/yyyy", " - "))], rightTab: 9900, spaceBefore: 120));
                            var list = i == 0 ? decimals : i % 2 == 1 ? hollow : square;
                            foreach (var h in w.Highlights) k.Body.Append(Para([Run(h)], style: "ListParagraph", numbering: list));
                        }
                        break;
                    case "education":
                        foreach (var e in r.Education!)
                        {
                            k.Body.Append(Para([Run(e.Institution, new RunLook(Bold: true)), Tab(), NoBreak(Look.Range(e.StartDate, e.EndDate, "yyyy", " - "))], rightTab: 9900, spaceBefore: 120));
                            k.Body.Append(Para(c.Degree(e)));
                        }
                        break;
                    case "skills":
                        foreach (var g in r.Skills!) k.Body.Append(Para([Run(g.Name, new RunLook(SmallCaps: true, Bold: true)), Run(": " + string.Join(", ", g.Keywords))]));
                        break;
                    default:
                        foreach (var e in Generic(c, section)) k.Body.Append(e);
                        break;
                }
            }
        }, headingStyle: false));
    }

    /// <summary>A complex HYPERLINK field whose instruction Word wrote over three runs (an edit split it where the
    /// revision ids change): begin, instruction pieces, separate, the shown text, end.</summary>
    private static IEnumerable<OpenXmlElement> SplitFieldLink(string text, string url)
    {
        var instruction = $" HYPERLINK \"{url}\" ";
        var a = instruction.Length / 3;
        var b = 2 * instruction.Length / 3;
        return
        [
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(instruction[..a]) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldCode(instruction[a..b]) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldCode(instruction[b..]) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Run(text, new RunLook(Color: "0563C1")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        ];
    }

    /// <summary>A paragraph moved with tracked changes: its old place keeps the text in <c>w:moveFrom</c> (and the
    /// paragraph mark moved too), its new place the same text in <c>w:moveTo</c>.</summary>
    private static (Paragraph From, Paragraph To) Moved(string text, int numbering, int number)
    {
        var id = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var date = new DateTime(2025, 3, 4, 10, 0, 0, DateTimeKind.Utc);
        var from = Para([new MoveFromRangeStart { Id = id, Name = "move" + id, Author = "Reviewer", Date = date },
            new MoveFromRun(Run(text)) { Id = id + "1", Author = "Reviewer", Date = date }, new MoveFromRangeEnd { Id = id }], style: "ListParagraph", numbering: numbering);
        from.ParagraphProperties!.Append(new ParagraphMarkRunProperties(new MoveFrom { Id = id + "2", Author = "Reviewer", Date = date }));
        var to = Para([new MoveToRangeStart { Id = id + "3", Name = "move" + id, Author = "Reviewer", Date = date },
            new MoveToRun(Run(text)) { Id = id + "4", Author = "Reviewer", Date = date }, new MoveToRangeEnd { Id = id + "3" }], style: "ListParagraph", numbering: numbering);
        return (from, to);
    }

    /// <summary>A resume revised in Word with tracked changes left in and "no markup" shown: links as HYPERLINK fields
    /// with split instructions (the e-mail shown as "Email" in half the draws), a summary edited, each job's last
    /// highlight moved up from below the list, one highlight whose paragraph mark was deleted (two paragraphs that
    /// read as one), a reviewer's comment, an endnote, the degree after a <c>w:cr</c> in the school's paragraph.</summary>
    public static Source Revised(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var words = random.Next(2) == 0;
        return new Source("", Create("Cambria", 22, k =>
        {
            k.ShowFinal();
            k.Body.Append(Para(b.Name, style: "Title"));
            if (b.Label is { } label) k.Body.Append(Para(label, new RunLook(Italic: true)));
            var contact = new List<OpenXmlElement>();
            void Piece(IEnumerable<OpenXmlElement> piece)
            {
                if (contact.Count > 0) contact.Add(Run(" · "));
                contact.AddRange(piece);
            }
            Piece(SplitFieldLink(words ? "Email" : b.Email, "mailto:" + b.Email));
            if (b.Phone is { } phone) Piece([Run(phone)]);
            if (c.Location.Length > 0) Piece([Run(c.Location)]);
            if (b.Url is { } url) Piece(SplitFieldLink(Style.NoScheme(url), url));
            foreach (var p in b.Profiles ?? []) Piece(SplitFieldLink(words ? p.Network : Style.NoScheme(p.Url), p.Url));
            k.Body.Append(Para(contact));
            foreach (var section in c.Sections())
            {
                var heading = Para(c.Heading(section), style: "Heading1");
                if (section == "work")
                {
                    heading = Para(k.Commented([Run(c.Heading(section))], "Move this above Education?"), style: "Heading1");
                }
                k.Body.Append(heading);
                switch (section)
                {
                    case "summary":
                        var summary = b.Summary!;
                        var cut = summary.IndexOf(' ', summary.Length / 3);
                        k.Body.Append(cut > 0
                            ? Para([Run(summary[..cut] + " "), k.Deleted("very "), k.Inserted(summary[(cut + 1)..])])
                            : Para(summary));
                        break;
                    case "work":
                        var joined = false;
                        foreach (var w in r.Work!)
                        {
                            k.Body.Append(Para([Run(w.Name, new RunLook(Bold: true)), Run(w.Location is { } l ? ", " + l : ""), Tab(), Run(Look.Range(w.StartDate, w.EndDate, "MMM yyyy", " – "))], rightTab: 9900, spaceBefore: 160));
                            k.Body.Append(Para(w.Position, new RunLook(Italic: true)));
                            var highlights = w.Highlights.ToList();
                            (Paragraph From, Paragraph To)? moved = highlights.Count >= 2 ? Moved(highlights[^1], Bullets, random.Next(100, 10_000) * 10) : null;
                            for (var i = 0; i < highlights.Count; i++)
                            {
                                var h = highlights[i];
                                if (moved is { } m && i == highlights.Count - 1)
                                {
                                    k.Body.Append(m.To);
                                    continue;
                                }
                                var space = h.IndexOf(' ', h.Length / 2);
                                if (!joined && space > 0)
                                {
                                    var first = Para([Run(h[..space])], style: "ListParagraph", numbering: Bullets);
                                    first.ParagraphProperties!.Append(new ParagraphMarkRunProperties(new Deleted { Id = "880", Author = "Reviewer", Date = new DateTime(2025, 3, 4, 10, 0, 0, DateTimeKind.Utc) }));
                                    k.Body.Append(first, Para([Run(h[space..])], style: "ListParagraph", numbering: Bullets));
                                    joined = true;
                                }
                                else
                                {
                                    k.Body.Append(Para([Run(h)], style: "ListParagraph", numbering: Bullets));
                                }
                            }
                            if (moved is { } mv) k.Body.Append(mv.From);
                        }
                        break;
                    case "education":
                        var noted = false;
                        foreach (var e in r.Education!)
                        {
                            List<OpenXmlElement> school = [Run(e.Institution, new RunLook(Bold: true)), Tab(), Run(Look.Range(e.StartDate, e.EndDate, "MMM yyyy", " – ")),
                                new Run(new CarriageReturn()), Run(c.Degree(e))];
                            if (!noted)
                            {
                                school.Add(k.Footnote("Thesis supervised jointly with industry."));
                                noted = true;
                            }
                            k.Body.Append(Para(school, rightTab: 9900, spaceBefore: 120));
                        }
                        break;
                    default:
                        foreach (var e in Generic(c, section)) k.Body.Append(e);
                        break;
                }
            }
        }));
    }

    /// <summary>WPS Office and Chinese-locale Word: style ids are numbers ("2" is heading 1), runs carry an East Asian
    /// font hint, the name and title sit in a text box anchored in the page header, the contact in a two-column table,
    /// and each section is a row of one layout table: its heading in a narrow left cell, its entries as small tables
    /// (organisation and dates, then the title across both columns) inside the right cell, highlights after them.</summary>
    public static Source WpsNested(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        return new Source("", Create("SimSun", 21, k =>
        {
            k.AddStyle(ParagraphStyle("2", "heading 1", 28, outline: 0, basedOn: "Normal"));
            k.AddStyle(ParagraphStyle("3", "heading 2", 22, outline: 1, basedOn: "Normal"));
            k.AddHeader(HeaderFooterValues.Default, _ =>
            {
                var name = new List<Paragraph> { Para(c.Name, new RunLook(Bold: true, HalfPoints: 40)) };
                if (b.Label is { } label) name.Add(Para(label, new RunLook(HalfPoints: 22, Color: "7F7F7F")));
                return [Para([k.TextBox(name, 4_500_000, 700_000, 0, 0)])];
            });
            var pieces = c.ContactPieces();
            var half = (pieces.Count + 1) / 2;
            OpenXmlElement PieceParagraph(string p) => Para([c.Href(p) is { } href ? k.Link(p, href) : Run(p)]);
            k.Body.Append(Table([4950, 4950], [[(1, null, pieces.Take(half).Select(PieceParagraph).ToList()), (1, null, pieces.Skip(half).Select(PieceParagraph).ToList())]]));
            var rows = new List<(int, string?, IReadOnlyList<OpenXmlElement>)[]>();
            foreach (var section in c.Sections())
            {
                var right = new List<OpenXmlElement>();
                switch (section)
                {
                    case "work":
                        foreach (var w in r.Work!)
                        {
                            right.Add(Table([4400, 2600], [
                                [(1, null, [Para(w.Name, new RunLook(Bold: true))]), (1, null, [Para(Look.Range(w.StartDate, w.EndDate, "MM/yyyy", " - "), align: JustificationValues.Right)])],
                                [(2, null, [Para(w.Position + (w.Location is { } l ? " · " + l : ""), new RunLook(Italic: true))])],
                            ]));
                            right.AddRange(w.Highlights.Select(h => (OpenXmlElement)DocxKit.Bullet(h)));
                        }
                        break;
                    case "education":
                        foreach (var e in r.Education!)
                        {
                            right.Add(Table([4400, 2600], [
                                [(1, null, [Para(e.Institution, new RunLook(Bold: true))]), (1, null, [Para(Look.Range(e.StartDate, e.EndDate, "MM/yyyy", " - "), align: JustificationValues.Right)])],
                                [(2, null, [Para(c.Degree(e))])],
                            ]));
                        }
                        break;
                    case "skills":
                        right.AddRange(r.Skills!.Select(g => (OpenXmlElement)Para($"{g.Name}: {string.Join(", ", g.Keywords)}")));
                        break;
                    default:
                        right.AddRange(Generic(c, section));
                        break;
                }
                right.Add(new Paragraph());
                rows.Add([(1, "DEEAF6", [Para(c.Heading(section), style: "2")]), (1, null, right)]);
            }
            k.Body.Append(Table([2500, 7400], rows));
            k.Body.Append(new Paragraph());
            foreach (var run in k.Body.Descendants<Run>())
            {
                var props = run.RunProperties ??= new RunProperties();
                if (props.RunFonts is { } fonts) fonts.Hint = FontTypeHintValues.EastAsia;
                else props.PrependChild(new RunFonts { Hint = FontTypeHintValues.EastAsia });
            }
        }, headingStyle: false));
    }
}
