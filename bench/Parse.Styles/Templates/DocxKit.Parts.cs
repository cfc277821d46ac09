using System.Globalization;
using System.Security;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Parse.Styles.Templates;

/// <summary>What real templates add beyond paragraphs and tables: header parts, text boxes with their VML fallback,
/// content controls (filled and left as placeholders), fields, tracked changes, symbol-font bullets, footnotes,
/// comments, frames, hidden text. Each is written as Word writes it, so the reader meets the XML it will meet.</summary>
internal sealed partial class DocxKit
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private int _ids = 100;

    /// <summary>A header part referenced from the last section: <c>first</c> shows on page one only (with a title page),
    /// <c>default</c> on the others.</summary>
    public Header AddHeader(HeaderFooterValues type, Func<OpenXmlPart, IEnumerable<OpenXmlElement>> content)
    {
        var part = _main.AddNewPart<HeaderPart>();
        var header = new Header();
        foreach (var e in content(part)) header.Append(e);
        part.Header = header;
        Section.PrependChild(new HeaderReference { Type = type, Id = _main.GetIdOfPart(part) });
        return header;
    }

    public void AddFooter(HeaderFooterValues type, IEnumerable<OpenXmlElement> content)
    {
        var part = _main.AddNewPart<FooterPart>();
        var footer = new Footer();
        foreach (var e in content) footer.Append(e);
        part.Footer = footer;
        Section.InsertAfter(new FooterReference { Type = type, Id = _main.GetIdOfPart(part) }, Section.Elements<HeaderReference>().LastOrDefault());
    }

    public void FirstPageDiffers() => Section.Append(new TitlePage());

    /// <summary>A link whose relationship lives in <paramref name="part"/> (a header's links are its own).</summary>
    public static Hyperlink LinkIn(OpenXmlPart part, string text, string url, RunLook? look = null) =>
        new(Run(text, look)) { Id = part.AddHyperlinkRelationship(new Uri(url), true).Id };

    public void AddStyle(Style style) => _main.StyleDefinitionsPart!.Styles!.Append(style);

    /// <summary>A paragraph style as a localized Word or another editor writes it: its own id and name, bold and larger,
    /// no outline level of its own.</summary>
    public static Style ParagraphStyle(string id, string name, int halfPoints, bool bold = true, bool caps = false, bool smallCaps = false,
        string? basedOn = null, int? outline = null, int? numbering = null)
    {
        var rp = new StyleRunProperties(new RunFonts { AsciiTheme = ThemeFontValues.MajorHighAnsi, HighAnsiTheme = ThemeFontValues.MajorHighAnsi });
        if (bold) rp.Append(new Bold());
        if (caps) rp.Append(new Caps());
        if (smallCaps) rp.Append(new SmallCaps());
        rp.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
        var pp = new StyleParagraphProperties(new KeepNext());
        if (numbering is { } n) pp.Append(new NumberingProperties(new NumberingId { Val = n }));
        pp.Append(new SpacingBetweenLines { Before = "240", After = "60" });
        if (outline is { } o) pp.Append(new OutlineLevel { Val = o });
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, CustomStyle = basedOn is null && outline is null };
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        style.Append(new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(), pp, rp);
        return style;
    }

    /// <summary>A numbering definition added to numbering.xml (abstract definitions before instances, as the schema
    /// wants); returns the instance id for <c>w:numPr</c>.</summary>
    public int AddNumbering(NumberFormatValues format, string levelText, string? font = null)
    {
        var numbering = _main.NumberingDefinitionsPart!.Numbering!;
        var abstractId = numbering.Elements<AbstractNum>().Count();
        var level = new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = levelText },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" })) { LevelIndex = 0 };
        if (font is not null) level.Append(new NumberingSymbolRunProperties(new RunFonts { Ascii = font, HighAnsi = font, Hint = FontTypeHintValues.Default }));
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }, level) { AbstractNumberId = abstractId };
        numbering.InsertAfter(abstractNum, numbering.Elements<AbstractNum>().Last());
        var id = numbering.Elements<NumberingInstance>().Max(n => n.NumberID!.Value) + 1;
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id });
        return id;
    }

    /// <summary>A floating text box as Word 2010+ writes it: a DrawingML shape in <c>mc:Choice</c> and the same text again
    /// in a VML <c>mc:Fallback</c> for older readers. Returned as the run that anchors it.</summary>
    public Run TextBox(IEnumerable<Paragraph> paragraphs, int widthEmu, int heightEmu, int leftEmu, int topEmu)
    {
        var id = _ids++;
        var inner = string.Concat(paragraphs.Select(p => p.OuterXml));
        var wEmu = widthEmu.ToString(CultureInfo.InvariantCulture);
        var hEmu = heightEmu.ToString(CultureInfo.InvariantCulture);
        var xml = $"""
            <mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w="{W}">
              <mc:Choice Requires="wps" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
                <w:drawing>
                  <wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
                    <wp:simplePos x="0" y="0"/>
                    <wp:positionH relativeFrom="margin"><wp:posOffset>{leftEmu}</wp:posOffset></wp:positionH>
                    <wp:positionV relativeFrom="margin"><wp:posOffset>{topEmu}</wp:posOffset></wp:positionV>
                    <wp:extent cx="{wEmu}" cy="{hEmu}"/>
                    <wp:effectExtent l="0" t="0" r="0" b="0"/>
                    <wp:wrapTopAndBottom/>
                    <wp:docPr id="{id}" name="Text Box {id}"/>
                    <wp:cNvGraphicFramePr/>
                    <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
                      <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
                        <wps:wsp>
                          <wps:cNvSpPr txBox="1"/>
                          <wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{wEmu}" cy="{hEmu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
                          <wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>
                          <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:noAutofit/></wps:bodyPr>
                        </wps:wsp>
                      </a:graphicData>
                    </a:graphic>
                  </wp:anchor>
                </w:drawing>
              </mc:Choice>
              <mc:Fallback>
                <w:pict>
                  <v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="Text Box {id}" o:spid="_x0000_s{id}" type="#_x0000_t202" style="position:absolute;width:{widthEmu / 12700}pt;height:{heightEmu / 12700}pt" filled="f" stroked="f" xmlns:o="urn:schemas-microsoft-com:office:office">
                    <v:textbox inset="0,0,0,0"><w:txbxContent>{inner}</w:txbxContent></v:textbox>
                  </v:shape>
                </w:pict>
              </mc:Fallback>
            </mc:AlternateContent>
            """;
        return new Run(new RunProperties(new NoProof()), new AlternateContent(xml));
    }

    /// <summary>A block content control; <paramref name="placeholder"/> marks it as still showing the template's prompt.</summary>
    public SdtBlock ControlBlock(string alias, IEnumerable<OpenXmlElement> content, bool placeholder = false)
    {
        var props = new SdtProperties(new SdtAlias { Val = alias }, new Tag { Val = alias }, new SdtId { Val = _ids++ });
        if (placeholder)
        {
            props.Append(new SdtPlaceholder(new DocPartReference { Val = "DefaultPlaceholder_" + _ids }), new ShowingPlaceholder());
        }
        var block = new SdtContentBlock();
        foreach (var e in content) block.Append(e);
        return new SdtBlock(props, block);
    }

    /// <summary>An inline content control around runs (a date picker, a plain-text field).</summary>
    public SdtRun ControlRun(string alias, IEnumerable<OpenXmlElement> runs, bool placeholder = false, bool date = false)
    {
        var props = new SdtProperties(new SdtAlias { Val = alias }, new Tag { Val = alias }, new SdtId { Val = _ids++ });
        if (placeholder)
        {
            props.Append(new SdtPlaceholder(new DocPartReference { Val = "DefaultPlaceholder_" + _ids }), new ShowingPlaceholder());
        }
        if (date)
        {
            props.Append(new SdtContentDate(new DateFormat { Val = "MMMM yyyy" }, new LanguageId { Val = "en-US" }));
        }
        else
        {
            props.Append(new SdtContentText());
        }
        var content = new SdtContentRun();
        foreach (var e in runs) content.Append(e);
        return new SdtRun(props, content);
    }

    /// <summary>The prompt text a template shows in an empty control, in Word's placeholder character style.</summary>
    public static Run PlaceholderRun(string prompt) =>
        new(new RunProperties(new RunStyle { Val = "PlaceholderText" }, new Color { Val = "808080" }), new Text(prompt) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A complex HYPERLINK field: the instruction in <c>w:instrText</c>, the display text as the field result.</summary>
    public static IEnumerable<OpenXmlElement> FieldLink(string text, string url, RunLook? look = null) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode($" HYPERLINK \"{SecurityElement.Escape(url)}\" ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        Run(text, look),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    /// <summary>A simple field (<c>w:fldSimple</c>): the instruction as an attribute, the last computed result inside.</summary>
    public static SimpleField Field(string instruction, string result) => new(Run(result)) { Instruction = instruction };

    /// <summary>Word's "show no markup" view saved with the document: the page shows the revised text only.</summary>
    public void ShowFinal()
    {
        var view = new RevisionView();
        foreach (var name in (string[])["markup", "insDel", "formatting"]) view.SetAttribute(new OpenXmlAttribute("w", name, W, "false"));
        (_main.DocumentSettingsPart ?? _main.AddNewPart<DocumentSettingsPart>()).Settings = new Settings(view);
    }

    public InsertedRun Inserted(string text, RunLook? look = null) =>
        new(Run(text, look)) { Author = "Reviewer", Date = new DateTime(2025, 3, 4, 10, 0, 0, DateTimeKind.Utc), Id = (_ids++).ToString(CultureInfo.InvariantCulture) };

    public DeletedRun Deleted(string text) =>
        new(new Run(new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve })) { Author = "Reviewer", Date = new DateTime(2025, 3, 4, 10, 0, 0, DateTimeKind.Utc), Id = (_ids++).ToString(CultureInfo.InvariantCulture) };

    /// <summary>A bullet typed as a Symbol-font character (<c>w:sym</c>) and a tab, as documents converted from old Word
    /// files have them.</summary>
    public static IEnumerable<OpenXmlElement> SymbolBullet() =>
    [
        new Run(new RunProperties(new RunFonts { Ascii = "Symbol", HighAnsi = "Symbol" }), new SymbolChar { Font = "Symbol", Char = "F0B7" }),
        new Run(new TabChar()),
    ];

    /// <summary>A smart tag around runs (<c>w:smartTag</c>, Word 2003–2010 marked towns, dates and names); the SDK no
    /// longer has a class for it, so it is written as the XML Word wrote.</summary>
    public static OpenXmlElement SmartTag(string element, Run run)
    {
        var tag = new OpenXmlUnknownElement("w", "smartTag", W);
        tag.SetAttribute(new OpenXmlAttribute("w", "uri", W, "urn:schemas-microsoft-com:office:smarttags"));
        tag.SetAttribute(new OpenXmlAttribute("w", "element", W, element));
        tag.Append(run);
        return tag;
    }

    public static Run Hidden(string text) => new(new RunProperties(new Vanish()), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>Text with soft hyphens (<c>w:softHyphen</c>) at the given break points of its words.</summary>
    public static Run SoftHyphenated(string text, RunLook? look = null)
    {
        var run = Run("", look);
        run.RemoveAllChildren<Text>();
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = (i > 0 ? " " : "") + words[i];
            if (words[i].Length >= 10)
            {
                var cut = word.Length / 2;
                run.Append(new Text(word[..cut]) { Space = SpaceProcessingModeValues.Preserve }, new SoftHyphen(), new Text(word[cut..]) { Space = SpaceProcessingModeValues.Preserve });
            }
            else
            {
                run.Append(new Text(word) { Space = SpaceProcessingModeValues.Preserve });
            }
        }
        return run;
    }

    /// <summary>A phone number with its hyphens written as <c>w:noBreakHyphen</c>, so it never wraps.</summary>
    public static Run NoBreakHyphens(string text)
    {
        var run = new Run();
        var pieces = text.Split('-');
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0) run.Append(new NoBreakHyphen());
            run.Append(new Text(pieces[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    /// <summary>A footnote (its text in footnotes.xml, a reference mark in the body): a reader must leave it out.</summary>
    public Run Footnote(string text)
    {
        var part = _main.FootnotesPart ?? _main.AddNewPart<FootnotesPart>();
        if (part.Footnotes is null)
        {
            part.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        }
        var id = part.Footnotes.Elements<Footnote>().Count();
        part.Footnotes.Append(new Footnote(new Paragraph(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()), Run(" " + text))) { Id = id });
        return new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = id });
    }

    /// <summary>A reviewer's comment on some runs: the text in comments.xml, range marks and a reference in the body.</summary>
    public IEnumerable<OpenXmlElement> Commented(IEnumerable<OpenXmlElement> runs, string comment)
    {
        var part = _main.WordprocessingCommentsPart ?? _main.AddNewPart<WordprocessingCommentsPart>();
        part.Comments ??= new Comments();
        var id = part.Comments.Elements<Comment>().Count().ToString(CultureInfo.InvariantCulture);
        part.Comments.Append(new Comment(new Paragraph(Run(comment))) { Id = id, Author = "Mentor", Initials = "M" });
        return [new CommentRangeStart { Id = id }, .. runs, new CommentRangeEnd { Id = id }, new Run(new CommentReference { Id = id })];
    }

    /// <summary>A paragraph that ends a section (continuous break) laid out in <paramref name="columns"/> columns.</summary>
    public static Paragraph SectionBreak(int columns) => new(new ParagraphProperties(new SectionProperties(
        new SectionType { Val = SectionMarkValues.Continuous }, new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 900, Bottom = 900, Left = 1000, Right = 1000, Header = 400, Footer = 400, Gutter = 0 },
        new Columns { ColumnCount = (short)columns, Space = "360" })));

    /// <summary>A paragraph in a floating frame (<c>w:framePr</c>), as old templates place a name block.</summary>
    public static Paragraph Framed(IEnumerable<OpenXmlElement> content, JustificationValues? align = null)
    {
        var props = new ParagraphProperties(new FrameProperties
        {
            Width = "9900", HorizontalSpace = "180", Wrap = TextWrappingValues.Around, VerticalPosition = VerticalAnchorValues.Text,
            HorizontalPosition = HorizontalAnchorValues.Margin, Y = "1",
        });
        if (align is not null) props.Append(new Justification { Val = align.Value });
        var p = new Paragraph(props);
        foreach (var e in content) p.Append(e);
        return p;
    }
}
