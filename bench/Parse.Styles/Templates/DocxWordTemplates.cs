using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Parse.Holdout;
using Parse.Holdout.Layouts;
using static Parse.Styles.Templates.DocxKit;
using static Parse.Styles.Templates.DocxTemplates;
using Style = Parse.Holdout.Style;

namespace Parse.Styles.Templates;

/// <summary>Word documents in the XML structures that Word's built-in resume templates, Google Docs, LibreOffice Writer
/// and resume builders' DOCX exports use: the name in the page header or a text box, content controls (some still
/// showing their prompt), fields, tracked changes, numbered heading styles, layout tables with merged cells. Layouts and
/// wording are made up here; only the kinds of XML are taken from the real producers.</summary>
internal static class DocxWordTemplates
{
    private static string Range(string start, string? end, string format = "MMM yyyy") => Look.Range(start, end, format, " – ");

    /// <summary>Contact pieces as runs and links between separators; links in the part that holds them.</summary>
    private static List<OpenXmlElement> ContactRuns(Content c, Func<string, string, OpenXmlElement> link, string separator)
    {
        var pieces = new List<OpenXmlElement>();
        foreach (var piece in c.ContactPieces())
        {
            if (pieces.Count > 0) pieces.Add(Run(separator));
            pieces.Add(c.Href(piece) is { } href ? link(piece, href) : Run(piece));
        }
        return pieces;
    }

    /// <summary>Word's chronological templates: name and contact in the first page's header (a title page), the name and
    /// a PAGE field in the other pages' header, every section and entry inside content controls, dates in date-picker
    /// controls, headings in a caps style, a website control left showing its prompt and an empty control at the end.</summary>
    public static Source HeaderBlock(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        return new Source("", Create("Calibri", 21, k =>
        {
            k.AddStyle(ParagraphStyle("Heading1", "heading 1", 26, caps: true, outline: 0));
            k.AddStyle(ParagraphStyle("Heading2", "heading 2", 22, outline: 1));
            k.AddStyle(ParagraphStyle("Heading3", "heading 3", 18, bold: false, caps: true, outline: 2));
            k.FirstPageDiffers();
            k.AddHeader(HeaderFooterValues.First, part =>
            {
                var list = new List<OpenXmlElement> { Para(b.Name, style: "Title") };
                if (b.Label is { } label) list.Add(Para(label, new RunLook(Caps: true, Color: "404040")));
                var pieces = ContactRuns(c, (text, href) => LinkIn(part, text, href), "  |  ");
                if (b.Url is null)
                {
                    pieces.Add(Run("  |  "));
                    pieces.Add(k.ControlRun("Website", [PlaceholderRun("[Website]")], placeholder: true));
                }
                list.Add(Para(pieces));
                return list;
            });
            k.AddHeader(HeaderFooterValues.Default, _ => [Para([Run(b.Name), Tab(), DocxKit.Field(" PAGE \\* MERGEFORMAT ", "2")], rightTab: 9900)]);
            foreach (var section in c.Sections())
            {
                var content = new List<OpenXmlElement> { Para(c.Heading(section), style: "Heading1") };
                switch (section)
                {
                    case "work":
                        foreach (var w in r.Work!)
                        {
                            var job = new List<OpenXmlElement>
                            {
                                Para([k.ControlRun("Start date", [Run(Look.Date(w.StartDate, "MMM yyyy"))], date: true), Run(" – "),
                                    k.ControlRun("End date", [Run(Look.Date(w.EndDate, "MMM yyyy"))], date: true)], style: "Heading3"),
                                Para([Run(w.Position), Run(", "), Run(w.Name + (w.Location is { } l ? ", " + l : ""), new RunLook(Color: "1F3864"))], style: "Heading2"),
                            };
                            job.AddRange(w.Highlights.Select(h => (OpenXmlElement)DocxKit.Bullet(h)));
                            content.Add(k.ControlBlock("Job", job));
                        }
                        break;
                    case "education":
                        foreach (var e in r.Education!)
                        {
                            content.Add(k.ControlBlock("School", [
                                Para([k.ControlRun("Dates", [Run(Range(e.StartDate, e.EndDate))])], style: "Heading3"),
                                Para([Run(c.Degree(e)), Run(", "), Run(e.Institution, new RunLook(Color: "1F3864"))], style: "Heading2"),
                            ]));
                        }
                        break;
                    case "skills":
                        content.AddRange(r.Skills!.Select(g => (OpenXmlElement)DocxKit.Bullet($"{g.Name}: {string.Join(", ", g.Keywords)}")));
                        break;
                    default:
                        content.AddRange(Generic(c, section));
                        break;
                }
                k.Body.Append(k.ControlBlock(c.Heading(section), content));
            }
            k.Body.Append(k.ControlBlock("Additional information", [Para([PlaceholderRun("Click here to enter text.")])], placeholder: true));
        }, headingStyle: false, title: b.Name));
    }

    /// <summary>Designed Word templates ("bold" and "modern" families): the name and the contact block in floating text
    /// boxes (DrawingML with a VML fallback holding the same text), section headings in a style whose name is localized
    /// ("Überschrift 1", no outline level), employer and dates apart on a right tab stop, a summary and a highlight
    /// revised with tracked changes left in.</summary>
    public static Source TextBoxName(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        return new Source("", Create("Segoe UI", 20, k =>
        {
            k.ShowFinal();
            k.AddStyle(ParagraphStyle("berschrift1", "Überschrift 1", 28));
            k.AddStyle(ParagraphStyle("berschrift2", "Überschrift 2", 22, basedOn: "Normal"));
            var name = new List<Paragraph> { Para(c.Name, new RunLook(Bold: true, HalfPoints: 48, Color: "2E74B5")) };
            if (b.Label is { } label) name.Add(Para(label, new RunLook(HalfPoints: 24)));
            var contact = ContactParagraphs(k, c).Cast<Paragraph>().ToList();
            k.Body.Append(Para([k.TextBox(name, 6_200_000, 760_000, 0, 0), k.TextBox(contact, 6_200_000, 200_000 * contact.Count, 0, 780_000)]));
            foreach (var section in c.Sections())
            {
                k.Body.Append(Para(c.Heading(section), style: "berschrift1"));
                switch (section)
                {
                    case "summary":
                        var words = b.Summary!.Split(' ');
                        var half = words.Length / 2;
                        k.Body.Append(Para([Run(string.Join(' ', words[..half]) + " "), k.Deleted("highly motivated "), k.Inserted(string.Join(' ', words[half..]))]));
                        break;
                    case "work":
                        var first = true;
                        foreach (var w in r.Work!)
                        {
                            k.Body.Append(Para([Run(w.Name, new RunLook(Bold: true)), Tab(), Run(Range(w.StartDate, w.EndDate, "MM/yyyy"))], style: "berschrift2", rightTab: 9900));
                            k.Body.Append(Para(w.Position + (w.Location is { } l ? " · " + l : ""), new RunLook(Italic: true)));
                            foreach (var h in w.Highlights)
                            {
                                if (first && h.Contains(' '))
                                {
                                    var cut = h.LastIndexOf(' ');
                                    k.Body.Append(Para([Run(h[..cut]), k.Deleted(" quickly"), k.Inserted(h[cut..])], style: "ListParagraph", numbering: Bullets));
                                    first = false;
                                }
                                else
                                {
                                    k.Body.Append(DocxKit.Bullet(h));
                                }
                            }
                        }
                        break;
                    case "education":
                        foreach (var e in r.Education!)
                        {
                            k.Body.Append(Para([Run(e.Institution, new RunLook(Bold: true)), Tab(), Run(Range(e.StartDate, e.EndDate, "MM/yyyy"))], style: "berschrift2", rightTab: 9900));
                            k.Body.Append(Para(c.Degree(e)));
                        }
                        break;
                    default:
                        foreach (var e in Generic(c, section)) k.Body.Append(e);
                        break;
                }
            }
        }, headingStyle: false));
    }

    /// <summary>Google Docs templates ("serif", "modern writer" families) edited in Word: Title and Subtitle styles, the
    /// contact block as one paragraph broken with <c>w:br</c>, links as HYPERLINK fields, the phone with non-breaking
    /// hyphens, entries in Heading 2 with the dates after a right-aligned positional tab, soft hyphens in long words, a
    /// hidden note.</summary>
    public static Source GoogleDocsFields(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        return new Source("", Create("Merriweather", 20, k =>
        {
            k.AddStyle(ParagraphStyle("Heading2", "heading 2", 22, outline: 1));
            k.AddStyle(ParagraphStyle("Subtitle", "Subtitle", 24, bold: false));
            k.Body.Append(Para(b.Name, style: "Title"));
            if (b.Label is { } label) k.Body.Append(Para(label, style: "Subtitle"));
            var block = new List<OpenXmlElement>();
            void Line(IEnumerable<OpenXmlElement> runs)
            {
                if (block.Count > 0) block.Add(new Run(new Break()));
                block.AddRange(runs);
            }
            if (c.Location.Length > 0) Line([Run(c.Location)]);
            if (b.Phone is { } phone) Line([NoBreakHyphens(phone)]);
            Line(FieldLink(b.Email, "mailto:" + b.Email));
            if (b.Url is { } url) Line(FieldLink(Style.NoScheme(url), url));
            foreach (var p in b.Profiles ?? []) Line(FieldLink(Style.NoScheme(p.Url), p.Url));
            k.Body.Append(Para(block));
            foreach (var section in c.Sections())
            {
                k.Body.Append(Para(c.Heading(section), style: "Heading1"));
                switch (section)
                {
                    case "summary":
                        k.Body.Append(Para([Run(b.Summary!), Hidden(" [Tip: tailor this paragraph to each posting]")]));
                        break;
                    case "work":
                        foreach (var w in r.Work!)
                        {
                            k.Body.Append(Para([Run(w.Name + (w.Location is { } l ? ", " + l : "") + " — "), Run(w.Position, new RunLook(Italic: true, Bold: false)),
                                new Run(new PositionalTab { Alignment = AbsolutePositionTabAlignmentValues.Right, RelativeTo = AbsolutePositionTabPositioningBaseValues.Margin, Leader = AbsolutePositionTabLeaderCharValues.None }),
                                Run(Look.Range(w.StartDate, w.EndDate, "MMMM yyyy", " - ", "Present"), new RunLook(Bold: false, HalfPoints: 18))], style: "Heading2"));
                            foreach (var h in w.Highlights) k.Body.Append(Para([SoftHyphenated(h)], style: "ListParagraph", numbering: Bullets));
                        }
                        break;
                    case "education":
                        foreach (var e in r.Education!)
                        {
                            k.Body.Append(Para([Run(e.Institution),
                                new Run(new PositionalTab { Alignment = AbsolutePositionTabAlignmentValues.Right, RelativeTo = AbsolutePositionTabPositioningBaseValues.Margin, Leader = AbsolutePositionTabLeaderCharValues.None }),
                                Run(Look.Range(e.StartDate, e.EndDate, "MMMM yyyy", " - "), new RunLook(Bold: false, HalfPoints: 18)),
                                new Run(new Break()), Run(c.Degree(e), new RunLook(Italic: true, Bold: false))], style: "Heading2"));
                        }
                        break;
                    default:
                        foreach (var e in Generic(c, section)) k.Body.Append(e);
                        break;
                }
            }
        }, bullet: "●", title: b.Name));
    }

    /// <summary>LibreOffice Writer and "simple" Word templates: Heading 1 numbered through its style's list (numbering.xml
    /// "%1."), bullets from a Symbol-font list level and typed as <c>w:sym</c> plus a tab, skills in a two-column
    /// section, a footnote and a reviewer's comment that are not part of the page's text.</summary>
    public static Source WriterOutline(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        return new Source("", Create("Liberation Sans", 21, k =>
        {
            var numbered = k.AddNumbering(NumberFormatValues.Decimal, "%1.");
            var symbol = k.AddNumbering(NumberFormatValues.Bullet, "\uF0B7", "Symbol");
            k.AddStyle(ParagraphStyle("Heading1", "Heading 1", 26, outline: 0, numbering: numbered));
            k.Body.Append(Para(c.Name, new RunLook(Bold: true, HalfPoints: 36), align: JustificationValues.Center));
            if (b.Label is { } label) k.Body.Append(Para(label, align: JustificationValues.Center));
            k.Body.Append(Para(ContactRuns(c, (text, href) => k.Link(text, href), " · "), align: JustificationValues.Center));
            foreach (var section in c.Sections())
            {
                if (section == "skills")
                {
                    k.Body.Append(SectionBreak(1));
                }
                k.Body.Append(Para(c.Heading(section), style: "Heading1"));
                switch (section)
                {
                    case "work":
                        var commented = false;
                        foreach (var w in r.Work!)
                        {
                            k.Body.Append(Para([Run(w.Position, new RunLook(Bold: true)), Run(", " + w.Name), Tab(), Run(Range(w.StartDate, w.EndDate))], rightTab: 9900, spaceBefore: 120));
                            for (var i = 0; i < w.Highlights.Count; i++)
                            {
                                IEnumerable<OpenXmlElement> text = [Run(w.Highlights[i])];
                                if (!commented)
                                {
                                    text = k.Commented(text, "Could you put a number on this?");
                                    commented = true;
                                }
                                k.Body.Append(i % 2 == 0
                                    ? Para(text, style: "ListParagraph", numbering: symbol)
                                    : Para([.. SymbolBullet(), .. text], style: "ListParagraph"));
                            }
                        }
                        break;
                    case "education":
                        var noted = false;
                        foreach (var e in r.Education!)
                        {
                            k.Body.Append(Para([Run(e.Institution, new RunLook(Bold: true)), Tab(), Run(Range(e.StartDate, e.EndDate))], rightTab: 9900, spaceBefore: 120));
                            List<OpenXmlElement> degree = [Run(c.Degree(e))];
                            if (!noted)
                            {
                                degree.Add(k.Footnote("Completed while working part time."));
                                noted = true;
                            }
                            k.Body.Append(Para(degree));
                        }
                        break;
                    case "skills":
                        foreach (var g in r.Skills!) k.Body.Append(Para([Run(g.Name + ": ", new RunLook(Bold: true)), Run(string.Join(", ", g.Keywords))]));
                        k.Body.Append(SectionBreak(2));
                        break;
                    default:
                        foreach (var e in Generic(c, section)) k.Body.Append(e);
                        break;
                }
            }
        }, headingStyle: false));
    }

    /// <summary>Resume builders' DOCX export: one layout table, the name row spanning both grid columns, a sidebar cell
    /// merged down the rows (<c>w:vMerge</c>) with contact and skills, each entry a row inside a repeating-section
    /// content control (<c>w:sdt</c> around <c>w:tr</c>), headings in coloured small caps, not bold.</summary>
    public static Source LayoutGrid(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        return new Source("", Create("Open Sans", 19, k =>
        {
            var heading = new RunLook(SmallCaps: true, HalfPoints: 26, Color: "C0504D");
            var side = new List<OpenXmlElement> { Para("Contact", heading) };
            side.AddRange(ContactParagraphs(k, c));
            string[] sideSections = ["skills", "languages", "interests"];
            foreach (var section in c.Sections().Where(sideSections.Contains))
            {
                side.Add(Para(c.Heading(section), heading));
                side.AddRange(section == "skills" ? Look.Keywords(r).Select(x => (OpenXmlElement)Para(x)) : Generic(c, section));
            }
            var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Dxa, Width = "9900" }, new TableLayout { Type = TableLayoutValues.Fixed }),
                new TableGrid(new GridColumn { Width = "3000" }, new GridColumn { Width = "6900" }));
            TableCell Cell(int width, IEnumerable<OpenXmlElement> content, int span = 1, MergedCellValues? merge = null)
            {
                var props = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                if (span > 1) props.Append(new GridSpan { Val = span });
                if (merge is { } m) props.Append(new VerticalMerge { Val = m });
                var cell = new TableCell(props);
                foreach (var e in content) cell.Append(e);
                if (!cell.Elements<Paragraph>().Any()) cell.Append(new Paragraph());
                return cell;
            }
            var nameCell = new List<OpenXmlElement> { Para(c.Name, new RunLook(Bold: true, HalfPoints: 44)) };
            if (b.Label is { } label) nameCell.Add(Para(label, new RunLook(HalfPoints: 24, Color: "595959")));
            table.Append(new TableRow(Cell(9900, nameCell, span: 2)));
            var mergedStarted = false;
            void Row(IEnumerable<OpenXmlElement> right, bool repeating)
            {
                var left = mergedStarted ? Cell(3000, [], merge: MergedCellValues.Continue) : Cell(3000, side, merge: MergedCellValues.Restart);
                mergedStarted = true;
                var row = new TableRow(left, Cell(6900, right));
                table.Append(repeating ? new SdtRow(new SdtProperties(new SdtAlias { Val = "Entry" }, new SdtId { Val = random.Next(1, int.MaxValue) }), new SdtContentRow(row)) : row);
            }
            foreach (var section in c.Sections().Where(s => !sideSections.Contains(s)))
            {
                Row([Para(c.Heading(section), heading)], repeating: false);
                switch (section)
                {
                    case "work":
                        foreach (var w in r.Work!)
                        {
                            var entry = new List<OpenXmlElement>
                            {
                                Para([Run(w.Position, new RunLook(Bold: true)), Run(" — " + w.Name)]),
                                Para(Range(w.StartDate, w.EndDate, "MM/yyyy") + (w.Location is { } l ? " | " + l : ""), new RunLook(Italic: true, Color: "595959")),
                            };
                            entry.AddRange(w.Highlights.Select(h => (OpenXmlElement)DocxKit.Bullet(h)));
                            Row(entry, repeating: true);
                        }
                        break;
                    case "education":
                        foreach (var e in r.Education!)
                        {
                            Row([Para([Run(c.Degree(e), new RunLook(Bold: true))]), Para(e.Institution), Para(Range(e.StartDate, e.EndDate, "MM/yyyy"), new RunLook(Italic: true, Color: "595959"))], repeating: true);
                        }
                        break;
                    default:
                        Row(Generic(c, section), repeating: false);
                        break;
                }
            }
            k.Body.Append(table);
            k.Body.Append(new Paragraph());
        }, headingStyle: false));
    }

    /// <summary>Older Word templates saved again as .docx: the name and contact in framed paragraphs (<c>w:framePr</c>),
    /// the e-mail as a <c>w:fldSimple</c> HYPERLINK, the town inside a smart tag, headings in a style named in French
    /// ("Titre 1", no outline level) set in caps by the style, Symbol-font bullets, a "Page X of Y" footer.</summary>
    public static Source FramedTitle(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        return new Source("", Create("Garamond", 22, k =>
        {
            var symbol = k.AddNumbering(NumberFormatValues.Bullet, "\uF0B7", "Symbol");
            k.AddStyle(ParagraphStyle("Titre1", "Titre 1", 24, caps: true));
            k.Body.Append(Framed([Run(c.Name, new RunLook(Bold: true, HalfPoints: 40))], JustificationValues.Center));
            var contact = new List<OpenXmlElement>();
            if (b.Location is { } loc)
            {
                contact.Add(SmartTag("City", Run(loc.City)));
                contact.Add(Run(c.Location[loc.City.Length..]));
            }
            if (b.Phone is { } phone) contact.AddRange([Run(contact.Count > 0 ? " • " : ""), Run(phone)]);
            contact.AddRange([Run(contact.Count > 0 ? " • " : ""), DocxKit.Field($" HYPERLINK \"mailto:{b.Email}\" ", b.Email)]);
            k.Body.Append(Framed(contact, JustificationValues.Center));
            var links = new List<OpenXmlElement>();
            if (b.Url is { } url) links.Add(k.Link(Style.NoScheme(url), url));
            foreach (var p in b.Profiles ?? [])
            {
                if (links.Count > 0) links.Add(Run(" • "));
                links.Add(k.Link(Style.NoScheme(p.Url), p.Url));
            }
            if (links.Count > 0) k.Body.Append(Framed(links, JustificationValues.Center));
            k.AddFooter(HeaderFooterValues.Default, [Para([Run("Page "), DocxKit.Field(" PAGE ", "1"), Run(" of "), DocxKit.Field(" NUMPAGES ", "2")], align: JustificationValues.Right)]);
            foreach (var section in c.Sections())
            {
                k.Body.Append(Para(c.Heading(section), style: "Titre1"));
                switch (section)
                {
                    case "work":
                        foreach (var w in r.Work!)
                        {
                            k.Body.Append(Para([Run(w.Name, new RunLook(Bold: true)), Run(w.Location is { } l ? ", " + l : ""), Tab(), Run(Range(w.StartDate, w.EndDate, "MMMM yyyy"))], rightTab: 9900, spaceBefore: 120));
                            k.Body.Append(Para(w.Position, new RunLook(Italic: true)));
                            foreach (var h in w.Highlights) k.Body.Append(Para([Run(h)], style: "ListParagraph", numbering: symbol));
                        }
                        break;
                    case "education":
                        foreach (var e in r.Education!)
                        {
                            k.Body.Append(Para([Run(e.Institution, new RunLook(Bold: true)), Tab(), Run(Range(e.StartDate, e.EndDate, "MMMM yyyy"))], rightTab: 9900, spaceBefore: 120));
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
}
