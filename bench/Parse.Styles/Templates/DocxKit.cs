using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Parse.Styles.Templates;

/// <summary>Builds Word documents the way word processors write them: paragraph and run properties, numbering for
/// bullets and numbered headings, tables with spanned and shaded cells, hyperlinks.</summary>
internal sealed partial class DocxKit
{
    public const int Bullets = 1, NumberedList = 2;

    private readonly MainDocumentPart _main;

    private DocxKit(MainDocumentPart main, Body body)
    {
        _main = main;
        Body = body;
    }

    public Body Body { get; }

    public MainDocumentPart Main => _main;

    /// <summary>The last section's properties, appended after the body: header references, columns, a first page.</summary>
    public SectionProperties Section { get; } = new(new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 900, Bottom = 900, Left = 1000, Right = 1000, Header = 400, Footer = 400, Gutter = 0 });

    /// <param name="headingStyle">When set, "Heading1" exists with this look (Word's, Google Docs' or LibreOffice's).</param>
    public static byte[] Create(string font, int halfPoints, Action<DocxKit> build, string? bullet = "•", bool headingStyle = true, string? title = null)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = StylesFor(font, halfPoints, headingStyle);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = NumberingFor(bullet ?? "•");
            var body = new Body();
            main.Document = new Document(body);
            if (title is not null)
            {
                doc.PackageProperties.Title = title;
            }
            var kit = new DocxKit(main, body);
            build(kit);
            body.Append(kit.Section);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    public sealed record RunLook(bool Bold = false, bool Italic = false, int HalfPoints = 0, bool SmallCaps = false, bool Caps = false, string? Color = null);

    public static Run Run(string text, RunLook? look = null)
    {
        look ??= new RunLook();
        var rp = new RunProperties();
        if (look.Bold) rp.Append(new Bold());
        if (look.Italic) rp.Append(new Italic());
        if (look.Caps) rp.Append(new Caps());
        if (look.SmallCaps) rp.Append(new SmallCaps());
        if (look.Color is { } color) rp.Append(new Color { Val = color });
        if (look.HalfPoints > 0) rp.Append(new FontSize { Val = look.HalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Run(rp, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    public static Run Tab() => new(new TabChar());

    public static Paragraph Para(IEnumerable<OpenXmlElement> content, string? style = null, JustificationValues? align = null,
        int? rightTab = null, int? numbering = null, int spaceBefore = -1, bool bottomBorder = false, bool leaderDots = false)
    {
        var props = new ParagraphProperties();
        if (style is not null) props.Append(new ParagraphStyleId { Val = style });
        if (numbering is { } n) props.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = n }));
        if (bottomBorder) props.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "444444" }));
        if (rightTab is { } tab) props.Append(new Tabs(new TabStop { Val = TabStopValues.Right, Position = tab, Leader = leaderDots ? TabStopLeaderCharValues.Dot : TabStopLeaderCharValues.None }));
        if (spaceBefore >= 0) props.Append(new SpacingBetweenLines { Before = spaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture), After = "40" });
        if (align is not null) props.Append(new Justification { Val = align.Value });
        var p = new Paragraph(props);
        foreach (var e in content) p.Append(e);
        return p;
    }

    public static Paragraph Para(string text, RunLook? look = null, string? style = null, JustificationValues? align = null) =>
        Para([Run(text, look)], style, align);

    public static Paragraph Bullet(string text) => Para([Run(text)], style: "ListParagraph", numbering: Bullets);

    public Hyperlink Link(string text, string url, RunLook? look = null) =>
        new(Run(text, look)) { Id = _main.AddHyperlinkRelationship(new Uri(url), true).Id };

    /// <summary>A borderless table; a cell spans several grid columns when its span is above 1.</summary>
    public static Table Table(int[] widths, IEnumerable<(int Span, string? Shade, IReadOnlyList<OpenXmlElement> Content)[]> rows, bool borders = false)
    {
        var value = borders ? BorderValues.Single : BorderValues.None;
        var table = new Table(new TableProperties(
            new TableBorders(new TopBorder { Val = value, Size = 4 }, new BottomBorder { Val = value, Size = 4 }, new LeftBorder { Val = value, Size = 4 },
                new RightBorder { Val = value, Size = 4 }, new InsideHorizontalBorder { Val = value, Size = 4 }, new InsideVerticalBorder { Val = value, Size = 4 }),
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var cells in rows)
        {
            var row = new TableRow();
            var column = 0;
            foreach (var (span, shade, content) in cells)
            {
                var width = widths.Skip(column).Take(span).Sum();
                column += span;
                var props = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                if (span > 1) props.Append(new GridSpan { Val = span });
                if (shade is not null) props.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = shade, Color = "auto" });
                var cell = new TableCell(props);
                foreach (var e in content) cell.Append(e);
                if (content.Count == 0) cell.Append(new Paragraph());
                row.Append(cell);
            }
            table.Append(row);
        }
        return table;
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Styles StylesFor(string font, int halfPoints, bool headingStyle)
    {
        Style Make(string id, string name, int size, bool bold, string? basedOn = null)
        {
            var rp = new StyleRunProperties(new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font }, new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (bold) rp.Append(new Bold());
            var style = new Style(new StyleName { Val = name }, new PrimaryStyle(), new StyleParagraphProperties(new SpacingBetweenLines { After = "40" }), rp)
            { Type = StyleValues.Paragraph, StyleId = id };
            if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
            return style;
        }
        var normal = Make("Normal", "Normal", halfPoints, false);
        normal.Default = true;
        var list = Make("ListParagraph", "List Paragraph", halfPoints, false, "Normal");
        list.StyleParagraphProperties!.Append(new Indentation { Left = "360" });
        var styles = new DocumentFormat.OpenXml.Wordprocessing.Styles(normal, Make("Title", "Title", halfPoints * 2, true, "Normal"), list);
        if (headingStyle)
        {
            var heading = Make("Heading1", "heading 1", halfPoints + 6, true, "Normal");
            heading.StyleParagraphProperties!.Append(new OutlineLevel { Val = 0 });
            styles.Append(heading);
        }
        return styles;
    }

    private static Numbering NumberingFor(string bullet) => new(
        new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = bullet },
            new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "240" })) { LevelIndex = 0 }) { AbstractNumberId = 0 },
        new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." },
            new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" })) { LevelIndex = 0 }) { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = Bullets },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = NumberedList });
}
