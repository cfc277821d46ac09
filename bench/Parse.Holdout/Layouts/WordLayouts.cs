using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WStyle = DocumentFormat.OpenXml.Wordprocessing.Style;
using Style = Parse.Holdout.Style;

namespace Parse.Holdout.Layouts;

/// <summary>Word documents as a word processor structures them: Title and Heading 1 styles, a bullet numbering
/// definition, right tab stops for dates ("word-tabs"), or borderless layout tables ("word-table").</summary>
internal static class WordLayouts
{
    private const int RightTab = 9900; // twentieths of a point: the text width of an A4 page with 2 cm margins
    private const int BulletNumbering = 1;

    public static byte[] Render(Content c, bool tables)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(c.Style);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering(c.Style.Bullet);
            var body = new Body();
            main.Document = new Document(body);
            doc.PackageProperties.Title = c.Resume.Basics.Name;
            Header(c, body, tables, main);
            foreach (var section in c.Sections())
            {
                body.Append(Para(c.Heading(section), "Heading1"));
                Section(c, section, body, tables, main);
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1000, Bottom = 1000, Left = 1000, Right = 1000, Header = 500, Footer = 500, Gutter = 0 }));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static void Header(Content c, Body body, bool tables, MainDocumentPart main)
    {
        var b = c.Resume.Basics;
        // Contact pieces that are addresses are hyperlinks, as a word processor makes them when typed.
        OpenXmlElement Piece(string p) => c.Href(p) is { } href && Uri.TryCreate(href, UriKind.Absolute, out var uri)
            ? new Hyperlink(Run(p)) { Id = main.AddHyperlinkRelationship(uri, true).Id }
            : Run(p);
        if (tables)
        {
            var left = new List<OpenXmlElement> { Para(c.Name, "Title") };
            if (b.Label is { } l) left.Add(Para(l));
            var right = c.ContactPieces().Select(p => (OpenXmlElement)new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Right }), Piece(p))).ToList();
            body.Append(Table([left, right], [5200, 4700]));
        }
        else
        {
            body.Append(Para(c.Name, "Title"));
            if (b.Label is { } l) body.Append(Para(l));
            var line = new Paragraph(new ParagraphProperties());
            var pieces = c.ContactPieces();
            for (var i = 0; i < pieces.Count; i++)
            {
                if (i > 0) line.Append(Run(c.Style.ContactSep));
                line.Append(Piece(pieces[i]));
            }
            body.Append(line);
        }
    }

    private static void Section(Content c, string section, Body body, bool tables, MainDocumentPart main)
    {
        var r = c.Resume;
        var s = c.Style;
        switch (section)
        {
            case "summary":
                body.Append(Para(r.Basics.Summary!));
                break;
            case "work":
                foreach (var w in r.Work!)
                {
                    var (first, second) = c.WorkTitles(w);
                    Dated(body, tables, first, s.Range(w.StartDate, w.EndDate), second, w.Location);
                    foreach (var h in w.Highlights) body.Append(Bullet(h));
                }
                break;
            case "education":
                foreach (var e in r.Education!)
                {
                    Dated(body, tables, e.Institution, s.Range(e.StartDate, e.EndDate), c.Degree(e), e.Score);
                }
                break;
            case "skills":
                if (tables)
                {
                    foreach (var g in r.Skills!)
                    {
                        body.Append(Table([[Para(g.Name, bold: true)], [Para(string.Join(", ", g.Keywords))]], [2400, 7500]));
                    }
                }
                else
                {
                    foreach (var g in r.Skills!) body.Append(Labelled(g.Name + ": ", string.Join(", ", g.Keywords)));
                }
                break;
            case "projects":
                foreach (var p in r.Projects!)
                {
                    var dates = p.StartDate is not null ? s.Range(p.StartDate, p.EndDate) : "";
                    Dated(body, tables, p.Name, dates, p.Description, null);
                    if (p.Keywords is { } k) body.Append(Para(string.Join(", ", k)));
                    if (p.Url is { } u) body.Append(Link(main, Style.NoScheme(u), u));
                }
                break;
            case "certificates":
                foreach (var x in r.Certificates!) body.Append(Bullet(c.Certificate(x)));
                break;
            case "volunteer":
                foreach (var v in r.Volunteer!)
                {
                    Dated(body, tables, v.Position, s.Range(v.StartDate, v.EndDate), v.Organization, null);
                    if (v.Summary is { } sum) body.Append(Para(sum));
                }
                break;
            case "awards":
                foreach (var a in r.Awards!) body.Append(Bullet(c.Award(a)));
                break;
            case "publications":
                foreach (var p in r.Publications!) body.Append(Bullet(c.Publication(p)));
                break;
            case "languages":
                body.Append(Para(string.Join(", ", r.Languages!.Select(c.Language))));
                break;
            case "interests":
                body.Append(Para(string.Join(", ", r.Interests!.Select(i => i.Name))));
                break;
            case "references":
                foreach (var x in r.References!) body.Append(Para(c.Reference(x)));
                break;
        }
    }

    /// <summary>Title and dates on one line (tab stop, or a two-cell table), the second line under it.</summary>
    private static void Dated(Body body, bool tables, string first, string dates, string second, string? aside)
    {
        if (tables)
        {
            var left = new List<OpenXmlElement> { Para(first, bold: true), Para(second, italic: true) };
            var right = new List<OpenXmlElement> { Para(dates, align: JustificationValues.Right) };
            if (aside is not null) right.Add(Para(aside, align: JustificationValues.Right));
            body.Append(Table([left, right], [6900, 3000]));
            return;
        }
        body.Append(Tabbed(first, dates, bold: true));
        body.Append(aside is null ? Para(second, italic: true) : Tabbed(second, aside, bold: false));
    }

    private static Paragraph Para(string text, string? style = null, bool bold = false, bool italic = false, JustificationValues? align = null)
    {
        var props = new ParagraphProperties();
        if (style is not null) props.Append(new ParagraphStyleId { Val = style });
        if (align is not null) props.Append(new Justification { Val = align.Value });
        return new Paragraph(props, Run(text, bold, italic));
    }

    private static Run Run(string text, bool bold = false, bool italic = false)
    {
        var rp = new RunProperties();
        if (bold) rp.Append(new Bold());
        if (italic) rp.Append(new Italic());
        return new Run(rp, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Paragraph Labelled(string label, string text) =>
        new(new ParagraphProperties(), Run(label, bold: true), Run(text));

    private static Paragraph Tabbed(string left, string right, bool bold) =>
        new(new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Position = RightTab })),
            Run(left, bold), new Run(new TabChar()), Run(right));

    private static Paragraph Bullet(string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" },
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumbering })), Run(text));

    private static Paragraph Link(MainDocumentPart main, string text, string url)
    {
        var rel = main.AddHyperlinkRelationship(new Uri(url), true);
        return new Paragraph(new Hyperlink(Run(text)) { Id = rel.Id });
    }

    private static Table Table(IReadOnlyList<IReadOnlyList<OpenXmlElement>> cells, int[] widths)
    {
        var none = new TableBorders(
            new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
            new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        var table = new Table(new TableProperties(none, new TableWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum().ToString() },
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        var row = new TableRow();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widths[i].ToString() }));
            foreach (var e in cells[i]) cell.Append(e.CloneNode(true));
            if (cells[i].Count == 0) cell.Append(new Paragraph());
            row.Append(cell);
        }
        table.Append(row);
        return table;
    }

    private static Styles Styles(Style s)
    {
        var font = s.Font.Contains("Serif", StringComparison.Ordinal) ? "Liberation Serif" : "Liberation Sans";
        var accent = s.Accent.TrimStart('#');
        WStyle Make(string id, string name, int halfPoints, bool bold, string? color = null, bool caps = false, int before = 0, int after = 60)
        {
            var rp = new StyleRunProperties(new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font }, new FontSize { Val = halfPoints.ToString() });
            if (bold) rp.Append(new Bold());
            if (caps) rp.Append(new Caps());
            if (color is not null) rp.Append(new Color { Val = color });
            return new WStyle(new StyleName { Val = name }, new PrimaryStyle(),
                new StyleParagraphProperties(new SpacingBetweenLines { Before = before.ToString(), After = after.ToString() }), rp)
            { Type = StyleValues.Paragraph, StyleId = id };
        }
        var normal = Make("Normal", "Normal", 20, false);
        normal.Default = true;
        var heading = Make("Heading1", "heading 1", 24, true, accent, caps: true, before: 200, after: 80);
        heading.Append(new BasedOn { Val = "Normal" });
        heading.StyleParagraphProperties!.Append(new OutlineLevel { Val = 0 });
        var list = Make("ListParagraph", "List Paragraph", 20, false, after: 20);
        list.StyleParagraphProperties!.Append(new Indentation { Left = "360" });
        return new Styles(normal, Make("Title", "Title", 40, true, after: 40), heading, list);
    }

    private static Numbering Numbering(string bullet)
    {
        var level = new Level(
            new NumberingFormat { Val = NumberFormatValues.Bullet },
            new LevelText { Val = bullet },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "240" }))
        { LevelIndex = 0 };
        return new Numbering(
            new AbstractNum(level) { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletNumbering });
    }
}
