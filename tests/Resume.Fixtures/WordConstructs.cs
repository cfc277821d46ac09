using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Resume.Fixtures.DocxResume;

namespace Resume.Fixtures;

/// <summary>The Word XML that real templates are made of, one construct at a time, around an ordinary resume body: page
/// headers, content controls with prompts, fields, tracked changes, hidden text, symbol bullets, merged table cells.</summary>
public static class WordConstructs
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The person's summary, jobs (title line, tab, dates; bullets) and skills, after <paramref name="top"/>.</summary>
    public static byte[] Resume(Person person, Action<Body, MainDocumentPart> top, Func<string, OpenXmlElement>? bullet = null,
        Func<string, Paragraph>? heading = null, Action<Body, MainDocumentPart>? end = null)
    {
        bullet ??= Bullet;
        heading ??= text => Styled(text, "Heading1");
        return Compose((body, main) =>
        {
            top(body, main);
            body.Append(heading("Summary"), Plain(person.Summary));
            body.Append(heading("Work Experience"));
            foreach (var job in person.Jobs)
            {
                body.Append(Tabbed($"{job.Position}, {job.Company}", DateStyle.ShortMonth.Range(job.Start, job.End), bold: true));
                foreach (var h in job.Highlights)
                {
                    body.Append(bullet(h));
                }
            }
            body.Append(heading("Skills"));
            foreach (var group in person.Skills)
            {
                body.Append(Plain($"{group.Name}: {string.Join(", ", group.Keywords)}"));
            }
            end?.Invoke(body, main);
        });
    }

    public static Paragraph NameAndLabel(Person person, out Paragraph label)
    {
        label = Plain(person.Label);
        return Styled(person.Name, "Title");
    }

    /// <summary>A header part for the last section; its relationship id goes into the section properties.</summary>
    public static HeaderReference Header(MainDocumentPart main, HeaderFooterValues type, params OpenXmlElement[] content)
    {
        var part = main.AddNewPart<HeaderPart>();
        part.Header = new Header(content);
        return new HeaderReference { Type = type, Id = main.GetIdOfPart(part) };
    }

    public static FooterReference Footer(MainDocumentPart main, Func<FooterPart, OpenXmlElement[]> content)
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = new Footer(content(part));
        return new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) };
    }

    /// <summary>An inline content control; <paramref name="placeholder"/> marks it as still showing the template's prompt
    /// in Word's PlaceholderText style.</summary>
    public static SdtRun ControlRun(string text, bool placeholder)
    {
        var props = new SdtProperties(new SdtAlias { Val = "Field" }, new SdtId { Val = 7 });
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (placeholder)
        {
            props.Append(new SdtPlaceholder(new DocPartReference { Val = "DefaultPlaceholder_1082065158" }), new ShowingPlaceholder());
            run.PrependChild(new RunProperties(new RunStyle { Val = "PlaceholderText" }));
        }
        return new SdtRun(props, new SdtContentRun(run));
    }

    /// <summary>A section heading as Microsoft's resume templates make it: a content control still showing its placeholder,
    /// the section's name in the heading's own formatting (not Word's grey PlaceholderText).</summary>
    public static Paragraph TemplateHeading(string text)
    {
        var props = new SdtProperties(new SdtId { Val = 9 }, new SdtPlaceholder(new DocPartReference { Val = "8F767CF12043436D" }),
            new TemporarySdt(), new ShowingPlaceholder(), new SdtContentText());
        return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }),
            new SdtRun(props, new SdtContentRun(RunOf(text))));
    }

    public static SdtBlock ControlBlock(bool placeholder, params OpenXmlElement[] content)
    {
        var props = new SdtProperties(new SdtAlias { Val = "Block" }, new SdtId { Val = 8 });
        if (placeholder)
        {
            props.Append(new SdtPlaceholder(new DocPartReference { Val = "DefaultPlaceholder_1082065159" }), new ShowingPlaceholder());
        }
        return new SdtBlock(props, new SdtContentBlock(content));
    }

    /// <summary>A complex HYPERLINK field: begin, the instruction, separate, the shown text, end.</summary>
    public static IEnumerable<OpenXmlElement> FieldLink(string text, string url) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode($" HYPERLINK \"{url}\" ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    public static Run RunOf(string text, params OpenXmlElement[] properties) =>
        new(new RunProperties(properties), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Run Hidden(string text) => RunOf(text, new Vanish());

    public static DeletedRun Deleted(string text) =>
        new(new Run(new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve })) { Id = "1", Author = "A" };

    public static InsertedRun Inserted(string text) => new(RunOf(text)) { Id = "2", Author = "A" };

    /// <summary>Text moved away from here: Word keeps it as ordinary runs inside <c>w:moveFrom</c>.</summary>
    public static MoveFromRun MovedAway(string text) => new(RunOf(text)) { Id = "3", Author = "A" };

    /// <summary>A bullet typed as a Symbol-font character and a tab, then the text.</summary>
    public static Paragraph SymbolBullet(string text) => new(
        new ParagraphProperties(new Indentation { Left = "360", Hanging = "360" }),
        new Run(new RunProperties(new RunFonts { Ascii = "Symbol", HighAnsi = "Symbol" }), new SymbolChar { Font = "Symbol", Char = "F0B7" }),
        new Run(new TabChar()),
        RunOf(text));

    /// <summary>A bullet typed as the 8-bit code of a symbol font's glyph ("§" in Wingdings is a square), a tab, the text,
    /// as documents converted from old .doc files have them.</summary>
    public static Paragraph WingdingsBullet(string text) => new(
        new ParagraphProperties(new Indentation { Left = "360", Hanging = "360" }),
        RunOf("§", new RunFonts { Ascii = "Wingdings", HighAnsi = "Wingdings" }),
        new Run(new TabChar()),
        RunOf(text));

    /// <summary>A smart tag (<c>w:smartTag</c>, which the SDK no longer models) around a run; <paramref name="nested"/>
    /// puts it inside another (a town inside an address tag).</summary>
    public static OpenXmlElement SmartTag(string text, bool nested = false)
    {
        var tag = new OpenXmlUnknownElement("w", "smartTag", W);
        tag.SetAttribute(new OpenXmlAttribute("w", "element", W, "City"));
        tag.Append(RunOf(text));
        if (!nested)
        {
            return tag;
        }
        var outer = new OpenXmlUnknownElement("w", "smartTag", W);
        outer.SetAttribute(new OpenXmlAttribute("w", "element", W, "address"));
        outer.Append(tag);
        return outer;
    }

    /// <summary>A text box anchored in a run, as Word 2010+ writes it: a DrawingML shape, and the same content again in a
    /// VML fallback.</summary>
    public static Paragraph TextBoxWithFallback(params Paragraph[] content)
    {
        var inner = string.Concat(content.Select(p => p.OuterXml));
        var xml = $"""
            <mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w="{W}">
              <mc:Choice Requires="wps" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
                <w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
                  <wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionV>
                  <wp:extent cx="5000000" cy="800000"/><wp:wrapTopAndBottom/><wp:docPr id="2" name="Text Box 2"/>
                  <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
                    <wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
                  </a:graphicData></a:graphic>
                </wp:anchor></w:drawing>
              </mc:Choice>
              <mc:Fallback>
                <w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" type="#_x0000_t202" style="width:390pt;height:60pt"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict>
              </mc:Fallback>
            </mc:AlternateContent>
            """;
        return new Paragraph(new Run(new AlternateContent(xml)));
    }

    /// <summary>A paragraph style written under a translated name with no outline level, as Word in another language
    /// or another editor saves "Heading 1".</summary>
    public static void AddStyle(MainDocumentPart main, string id, string name)
    {
        var style = new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" },
            new StyleRunProperties(new Color { Val = "2E74B5" }, new FontSize { Val = "28" })) { Type = StyleValues.Paragraph, StyleId = id };
        main.StyleDefinitionsPart!.Styles!.Append(style);
    }

    /// <summary>A two-column table: the left cell is merged down all rows (<c>w:vMerge</c>) and holds
    /// <paramref name="sidebar"/>; each right cell holds one entry; rows may sit inside a repeating-section control.</summary>
    public static Table MergedSidebar(IReadOnlyList<Paragraph> sidebar, IReadOnlyList<IReadOnlyList<Paragraph>> rows, bool rowsInControls)
    {
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }),
            new TableGrid(new GridColumn { Width = "3000" }, new GridColumn { Width = "6000" }));
        for (var i = 0; i < rows.Count; i++)
        {
            var left = new TableCell(new TableCellProperties(new VerticalMerge { Val = i == 0 ? MergedCellValues.Restart : MergedCellValues.Continue }));
            left.Append(i == 0 ? sidebar.Select(p => p.CloneNode(true)) : [new Paragraph()]);
            var right = new TableCell(rows[i].Select(p => p.CloneNode(true)));
            var row = new TableRow(left, right);
            table.Append(rowsInControls ? new SdtRow(new SdtProperties(new SdtId { Val = 20 + i }), new SdtContentRow(row)) : row);
        }
        return table;
    }

    /// <summary>Heading 1 numbered through its style ("1. Experience"), as Writer's outline numbering and Word's
    /// multilevel heading lists write it: the numbering lives in the style, not the paragraph.</summary>
    public static void NumberHeadings(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        numbering.InsertAt(new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal },
            new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 9 }, 0);
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = 9 }) { NumberID = 9 });
        var heading = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");
        heading.StyleParagraphProperties!.Append(new NumberingProperties(new NumberingId { Val = 9 }));
    }

    /// <summary>Heading 1 tied through its style to an outline list whose level prints nothing (an empty number text, no
    /// tab after it), as Writer's default outline numbering saves headings: numbered in the file, plain on the page.</summary>
    public static void SilentlyNumberHeadings(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        numbering.InsertAt(new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal },
            new ParagraphStyleIdInLevel { Val = "Heading1" }, new LevelSuffix { Val = LevelSuffixValues.Nothing }, new LevelText { Val = "" })
        { LevelIndex = 0 }) { AbstractNumberId = 8 }, 0);
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = 8 }) { NumberID = 8 });
        var heading = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");
        heading.StyleParagraphProperties!.Append(new NumberingProperties(new NumberingId { Val = 8 }));
    }

    /// <summary>An imported chunk (<c>w:altChunk</c>) of <paramref name="contentType"/>, as html-to-docx tools write a
    /// whole page into a document.</summary>
    public static AltChunk AltChunk(MainDocumentPart main, string contentType, string content)
    {
        var part = main.AddAlternativeFormatImportPart(contentType);
        using (var stream = part.GetStream(FileMode.Create))
        {
            stream.Write(System.Text.Encoding.UTF8.GetBytes(content));
        }
        return new AltChunk { Id = main.GetIdOfPart(part) };
    }
}
