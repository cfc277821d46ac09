using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Resume.Model;
using Resume.Parsing.Layout;
using Resume.Parsing.Text;

namespace Resume.Parsing.Extraction.Docx;

/// <summary>Reads a DOCX with the Open XML SDK into lines: paragraphs with their styles, list items as bullets, tab stops
/// and table cells as segments, text boxes, headers and footers.</summary>
internal sealed class DocxExtractor
{
    private const int MaxChars = 1_000_000;
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A table cell with this many lines or more is a column of the page rather than a cell of a row.</summary>
    private const int ColumnCellLines = 8;

    private readonly ParseBudget _budget;
    private readonly Dictionary<string, StyleInfo> _styles = new(StringComparer.Ordinal);
    private SilentNumbering _silentNumbering = SilentNumbering.Read(null);
    private readonly List<TextLine> _lines = [];
    private Dictionary<string, string> _hyperlinks = new(StringComparer.Ordinal);
    private OpenXmlPart? _part;
    private readonly HashSet<string> _traits = new(StringComparer.Ordinal);
    private int _chars;
    private bool _pendingGap;
    private int _topBoxLines;
    private string? _defaultParagraphStyle;
    private int _defaultSize = 20;

    private DocxExtractor(ParseBudget budget) => _budget = budget;

    public static LayoutDocument Extract(byte[] data, int length, ParserOptions options, ParseBudget budget)
    {
        ZipGuard.Check(data, length, options, budget);
        try
        {
            try
            {
                return Read(new ArraySegment<byte>(data, 0, length), budget);
            }
            catch (OpenXmlPackageException e) when (e.InnerException is UriFormatException)
            {
                return Read(MalformedLinks.Mend(new ArraySegment<byte>(data, 0, length)), budget);
            }
        }
        catch (Exception e) when (e is not ParseFailure and not OperationCanceledException and not OutOfMemoryException)
        {
            if (e is OpenXmlPackageException && e.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase))
            {
                throw new ParseFailure(ErrorCodes.Encrypted,
                    "The Word document is protected with a password. Save it without a password and upload it again.");
            }
            // With the structure guards off the XML reader is the one to refuse a DTD: the same verdict as the guard's.
            for (var inner = e; inner is not null; inner = inner.InnerException)
            {
                if (inner is System.Xml.XmlException && inner.Message.Contains("DTD", StringComparison.Ordinal))
                {
                    throw ZipGuard.DeclaresDtd("a part");
                }
            }
            throw ZipGuard.Corrupt();
        }
    }

    /// <summary>
    /// Opened through a package of our own: given a stream, the SDK first copies the upload to a temporary file (to mend
    /// malformed links), which leaves resumes on disk and kills a parser process that may not write files.
    /// </summary>
    private static LayoutDocument Read(ArraySegment<byte> data, ParseBudget budget)
    {
        using var stream = new MemoryStream(data.Array!, data.Offset, data.Count, writable: false);
        using var package = Package.Open(stream, FileMode.Open, FileAccess.Read);
        using var document = WordprocessingDocument.Open(package, new OpenSettings
        {
            MaxCharactersInPart = 8 * 1024 * 1024,
            AutoSave = false,
        });
        return new DocxExtractor(budget).Read(document);
    }

    private LayoutDocument Read(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart ?? throw ZipGuard.Corrupt();
        _silentNumbering = SilentNumbering.Read(main.NumberingDefinitionsPart?.Numbering);
        ReadStyles(main.StyleDefinitionsPart?.Styles);
        var body = main.Document?.Body ?? throw ZipGuard.Corrupt();
        UnwrapSmartTags(body);
        JoinDeletedParagraphMarks(body);

        var headerText = false;
        foreach (var header in PageOneParts(body, main, main.HeaderParts, isHeader: true))
        {
            if (((HeaderPart)header).Header is { } h)
            {
                UnwrapSmartTags(h);
                JoinDeletedParagraphMarks(h);
                UseHyperlinksOf(header);
                var before = _lines.Count;
                ReadBlocks(h.ChildElements);
                headerText |= _lines.Count > before;
            }
        }
        UseHyperlinksOf(main);
        ReadBlocks(body.ChildElements);
        foreach (var footer in PageOneParts(body, main, main.FooterParts, isHeader: false))
        {
            if (((FooterPart)footer).Footer is { } f)
            {
                UseHyperlinksOf(footer);
                var before = _lines.Count;
                ReadBlocks(f.ChildElements);
                headerText |= _lines.Count > before && _lines.Skip(before).Any(l => !IsPageField(l.Text));
            }
        }
        if (headerText)
        {
            _traits.Add(ParseWarningCodes.HeaderFooterContent);
        }
        var pages = 1 + body.Descendants<Break>().Count(b => b.Type?.Value == BreakValues.Page)
            + body.Descendants<LastRenderedPageBreak>().Count();
        var appPages = document.ExtendedFilePropertiesPart?.Properties?.Pages?.Text;
        if (int.TryParse(appPages, out var declared) && declared > 0)
        {
            pages = declared;
        }
        MarkLarger(_lines);
        var result = new LayoutDocument("docx", pages, _lines) { DocumentTitle = document.PackageProperties.Title };
        result.Traits.UnionWith(_traits);
        return result;
    }

    /// <summary>
    /// The headers (or footers) the first page shows: the first section's "first" part when it has a title page, else its
    /// "default" part. A template's later-page header repeats the name beside a page number; read as well, it would stand
    /// between the name and the contact block. When the first page shows none with text, the others are read; a package
    /// whose sections name no part at all has every part read.
    /// </summary>
    private static IEnumerable<OpenXmlPart> PageOneParts(Body body, MainDocumentPart main, IEnumerable<OpenXmlPart> parts, bool isHeader)
    {
        var all = parts.ToList();
        if (all.Count == 0)
        {
            return all;
        }
        var section = body.Descendants<SectionProperties>().FirstOrDefault();
        var references = section?.Elements<HeaderFooterReferenceType>()
            .Where(r => isHeader ? r is HeaderReference : r is FooterReference).ToList() ?? [];
        if (references.Count == 0)
        {
            return all;
        }
        var titlePage = section!.GetFirstChild<TitlePage>() is { } t && (t.Val is null || t.Val.Value);
        var wanted = titlePage ? HeaderFooterValues.First : HeaderFooterValues.Default;
        var first = references.Where(r => (r.Type?.Value ?? HeaderFooterValues.Default) == wanted)
            .Select(r => r.Id?.Value is { } id && main.TryGetPartById(id, out var part) ? part : null)
            .OfType<OpenXmlPart>().ToList();
        return first.Count > 0 && first.Any(HasText) ? first : all.Where(HasText).Except(first).Concat(first);

        static bool HasText(OpenXmlPart part) => part.RootElement?.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Any(t => !string.IsNullOrWhiteSpace(t.Text)) == true;
    }

    /// <summary>
    /// Smart tags (<c>w:smartTag</c>: towns, dates, names Word 2003–2010 marked) are no longer modelled by the SDK, so their
    /// runs load as unknown elements a reader would skip; they are put back as the runs they are.
    /// </summary>
    private static void UnwrapSmartTags(OpenXmlElement root)
    {
        List<OpenXmlUnknownElement>? tags = null;
        foreach (var unknown in root.Descendants<OpenXmlUnknownElement>())
        {
            if (unknown.LocalName == "smartTag" && unknown.NamespaceUri == WordNamespace)
            {
                (tags ??= []).Add(unknown);
            }
        }
        // Innermost first: a tag's runs are put back before the tag around it is unwrapped in turn.
        tags?.Reverse();
        foreach (var tag in tags ?? [])
        {
            if (tag.Parent is not { } parent)
            {
                continue;
            }
            foreach (var child in tag.ChildElements.ToList())
            {
                OpenXmlElement replacement = child is OpenXmlUnknownElement { LocalName: "r" } run && run.NamespaceUri == WordNamespace
                    ? new Run(run.OuterXml)
                    : child.CloneNode(true);
                parent.InsertBefore(replacement, tag);
            }
            tag.Remove();
        }
    }

    /// <summary>
    /// Tracked changes that delete (or move away) a paragraph's mark join what is left of it to the next paragraph, as the
    /// page shows it with the changes accepted: a line split by a stray return and mended with tracking on reads as one
    /// line, and a paragraph deleted or moved whole leaves no empty line behind.
    /// </summary>
    private static void JoinDeletedParagraphMarks(OpenXmlElement root)
    {
        List<Paragraph>? joined = null;
        foreach (var paragraph in root.Descendants<Paragraph>())
        {
            if (paragraph.ParagraphProperties?.ParagraphMarkRunProperties is { } mark
                && (mark.GetFirstChild<Deleted>() is not null || mark.GetFirstChild<MoveFrom>() is not null))
            {
                (joined ??= []).Add(paragraph);
            }
        }
        foreach (var paragraph in joined ?? [])
        {
            while (paragraph.Parent is not null && paragraph.ParagraphProperties?.SectionProperties is null
                && paragraph.ParagraphProperties?.ParagraphMarkRunProperties is { } mark
                && (mark.GetFirstChild<Deleted>() is not null || mark.GetFirstChild<MoveFrom>() is not null))
            {
                var shows = paragraph.Descendants<Run>().Any(r => Shown(r, paragraph, heading: false, out _) && r.Elements<DocumentFormat.OpenXml.Wordprocessing.Text>().Any(t => t.Text.Length > 0));
                if (!shows)
                {
                    paragraph.Remove();
                    break;
                }
                if (paragraph.NextSibling() is not Paragraph following)
                {
                    break;
                }
                foreach (var child in following.ChildElements.Where(c => c is not ParagraphProperties).ToList())
                {
                    child.Remove();
                    paragraph.Append(child);
                }
                // The joined paragraph ends where the next one ended: its mark, kept or deleted in turn, is the one left.
                mark.Remove();
                if (following.ParagraphProperties?.ParagraphMarkRunProperties is { } kept)
                {
                    paragraph.ParagraphProperties.Append(kept.CloneNode(true));
                }
                following.Remove();
            }
        }
    }

    private void ReadStyles(Styles? styles)
    {
        if (styles is null)
        {
            return;
        }
        foreach (var style in styles.Elements<Style>())
        {
            var id = style.StyleId?.Value;
            if (id is null)
            {
                continue;
            }
            var name = style.StyleName?.Val?.Value ?? id;
            var level = HeadingLevelOf(id, name, style.StyleParagraphProperties?.OutlineLevel?.Val?.Value);
            var bold = style.StyleRunProperties?.Bold is { } b && (b.Val is null || b.Val.Value);
            var italic = style.StyleRunProperties?.Italic is { } it && (it.Val is null || it.Val.Value);
            var numbered = style.StyleParagraphProperties?.NumberingProperties is { } styleNumbering
                    && !(styleNumbering.NumberingId?.Val?.Value is int styleList
                        && _silentNumbering.PrintsNothing(styleList, styleNumbering.NumberingLevelReference?.Val?.Value, id))
                || name.StartsWith("List Bullet", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("List Number", StringComparison.OrdinalIgnoreCase);
            var title = id.Equals("Title", StringComparison.OrdinalIgnoreCase) || name.Equals("Title", StringComparison.OrdinalIgnoreCase);
            var size = int.TryParse(style.StyleRunProperties?.FontSize?.Val?.Value, out var halfPoints) ? halfPoints : (int?)null;
            _styles[id] = new StyleInfo(level, bold, numbered, title, style.BasedOn?.Val?.Value, Twips(style.StyleParagraphProperties?.SpacingBetweenLines?.Before?.Value), size)
            {
                Italic = italic,
            };
            if (style.Default?.Value == true && style.Type?.Value == StyleValues.Paragraph)
            {
                _defaultParagraphStyle = id;
            }
        }
        if (int.TryParse(styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value, out var defaultSize))
        {
            _defaultSize = defaultSize;
        }
    }

    /// <summary>The type size (half-points) a paragraph of the style sets, inherited through the styles it is based on.</summary>
    private int StyleSize(string? id)
    {
        id ??= _defaultParagraphStyle;
        for (var depth = 0; id is not null && depth < 5 && _styles.TryGetValue(id, out var style); depth++)
        {
            if (style.Size is { } size)
            {
                return size;
            }
            id = style.BasedOn;
        }
        return _defaultSize;
    }

    /// <summary>
    /// Lines set in type at least a point larger than the body text (the size most of the text is set in) are marked: a
    /// word processor's lines have no geometry, and a section heading typed larger but neither bold nor in a heading
    /// style ("Previous Employment" in 20 pt over 14 pt text) is known by its size alone.
    /// </summary>
    private static void MarkLarger(List<TextLine> lines)
    {
        var weights = new Dictionary<double, int>();
        foreach (var line in lines)
        {
            if (line.TypeSize > 0)
            {
                weights[line.TypeSize] = weights.GetValueOrDefault(line.TypeSize) + line.Text.Length;
            }
        }
        if (weights.Count < 2)
        {
            return;
        }
        var body = weights.MaxBy(kv => kv.Value).Key;
        foreach (var line in lines)
        {
            line.Larger = line.TypeSize >= body + 1;
        }
    }

    private static int HeadingLevelOf(string id, string name, int? outline)
    {
        foreach (var candidate in (ReadOnlySpan<string>)[id, name])
        {
            var s = candidate.Replace(" ", "", StringComparison.Ordinal);
            if (s.StartsWith("heading", StringComparison.OrdinalIgnoreCase) && s.Length == 8 && char.IsDigit(s[7]))
            {
                return s[7] - '0';
            }
        }
        return outline is >= 0 and < 6 ? outline.Value + 1 : 0;
    }

    /// <summary>Six points: less is the line spacing of one paragraph to the next, not a gap.</summary>
    private const int SpacedAbove = 120;

    private static int? Twips(string? value) => int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var twips) ? twips : null;

    /// <summary>The space before a paragraph of the style, inherited through the styles it is based on.</summary>
    private int? StyleSpaceBefore(string? id)
    {
        for (var depth = 0; id is not null && depth < 5 && _styles.TryGetValue(id, out var style); depth++)
        {
            if (style.SpaceBefore is { } twips)
            {
                return twips;
            }
            id = style.BasedOn;
        }
        return null;
    }

    private StyleInfo? Style(string? id)
    {
        for (var depth = 0; id is not null && depth < 5; depth++)
        {
            if (!_styles.TryGetValue(id, out var style))
            {
                return null;
            }
            if (style.HeadingLevel > 0 || style.Bold || style.Numbered || style.Title || style.BasedOn is null)
            {
                return style;
            }
            id = style.BasedOn;
        }
        return null;
    }

    /// <summary>Hyperlink ids are per part: the targets of the part being read.</summary>
    private void UseHyperlinksOf(OpenXmlPart part)
    {
        _part = part;
        _hyperlinks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var link in part.HyperlinkRelationships)
        {
            if (link.IsExternal)
            {
                _hyperlinks[link.Id] = link.Uri.OriginalString;
            }
        }
    }

    private void ReadBlocks(IEnumerable<OpenXmlElement> elements)
    {
        foreach (var element in elements)
        {
            if (_chars > MaxChars)
            {
                return;
            }
            _budget.Check();
            switch (element)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph, _lines);
                    break;
                case Table table:
                    ReadTable(table);
                    break;
                case SdtBlock { SdtContentBlock: { } content } sdt when !ShowsPrompt(sdt.SdtProperties):
                    ReadBlocks(content.ChildElements);
                    break;
                case SdtBlock { SdtContentBlock: { } content }:
                    foreach (var heading in PromptHeadings(content))
                    {
                        ReadParagraph(heading, _lines);
                    }
                    break;
                case CustomXmlBlock custom:
                    ReadBlocks(custom.ChildElements);
                    break;
                case AltChunk chunk:
                    ReadAltChunk(chunk);
                    break;
            }
        }
    }

    private void ReadAltChunk(AltChunk chunk)
    {
        if (chunk.Id?.Value is not { } id || _part is null || !_part.TryGetPartById(id, out var part))
        {
            return;
        }
        _budget.Check();
        using var data = part.GetStream(FileMode.Open, FileAccess.Read);
        foreach (var line in AltChunkText.Read(part.ContentType, data, MaxChars - _chars))
        {
            line.GapBefore |= _pendingGap;
            _pendingGap = false;
            _chars += line.Text.Length;
            _lines.Add(line);
        }
    }

    private void ReadTable(Table table)
    {
        _budget.Check();
        foreach (var row in Rows(table))
        {
            var cells = Cells(row).ToList();
            if (cells.Count > 1)
            {
                _traits.Add(ParseWarningCodes.Tables);
                // A cell merged down the rows (a builder's sidebar beside one entry per row) is a column of the page: its
                // lines have nothing to do with the lines of the row it starts in.
                foreach (var merged in cells.Where(c => c.TableCellProperties?.VerticalMerge?.Val?.Value == MergedCellValues.Restart).ToList())
                {
                    ReadBlocks(merged.ChildElements);
                    cells.Remove(merged);
                }
            }
            if (cells.Count <= 1 || cells.Any(c => c.Descendants<Table>().Any()))
            {
                foreach (var cell in cells)
                {
                    ReadBlocks(cell.ChildElements);
                }
                continue;
            }
            // Cells side by side: the i-th line of every cell reads as one line, as the eye reads the row.
            var cellLines = new List<List<TextLine>>(cells.Count);
            foreach (var cell in cells)
            {
                var lines = new List<TextLine>();
                foreach (var paragraph in Paragraphs(cell))
                {
                    ReadParagraph(paragraph, lines);
                }
                cellLines.Add(lines);
            }
            // Cells that each open with a section's heading ("Contact" beside "Objective") are columns of the page
            // too, however short: the address under one is no part of the paragraph under the other.
            if (cellLines.Count(l => l.Count >= ColumnCellLines) >= 2 || cellLines.All(l => l.Count > 0 && OpensSection(l[0])))
            {
                // Cells that each hold a long flow of paragraphs are the page's columns (a sidebar table): each reads
                // on its own, as the eye reads a column, not line by line across them.
                foreach (var lines in cellLines)
                {
                    _lines.AddRange(lines);
                }
                continue;
            }
            var rows = cellLines.Max(l => l.Count);
            for (var i = 0; i < rows; i++)
            {
                var segments = new List<LineSegment>();
                var links = new List<string>();
                TextLine? first = null;
                foreach (var lines in cellLines)
                {
                    if (i < lines.Count)
                    {
                        first ??= lines[i];
                        segments.AddRange(lines[i].Segments);
                        links.AddRange(lines[i].Links);
                    }
                }
                if (first is null)
                {
                    continue;
                }
                _lines.Add(new TextLine(segments)
                {
                    Bold = first.Bold, Italic = first.Italic,
                    Bullet = first.Bullet,
                    HeadingLevel = first.HeadingLevel,
                    IsTitle = first.IsTitle,
                    TypeSize = first.TypeSize,
                    Indent = first.Indent,
                    GapBefore = i == 0,
                    Links = links,
                });
            }
        }
    }

    /// <summary>A cell's first line set as a section's heading: in a heading style, or the section's very name in bold.</summary>
    private static bool OpensSection(TextLine line) =>
        line.Segments.Count == 1 && !line.Bullet
        && (line.HeadingLevel > 0 || line.Bold) && Structure.HeadingLexicon.Match(Structure.SectionSplitter.HeadingText(line.Text)) is { Exact: true };

    /// <summary>A table's rows, also those inside content controls (a template's repeating section) and custom XML, less
    /// rows deleted with tracked changes.</summary>
    private static IEnumerable<TableRow> Rows(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case TableRow row when row.TableRowProperties?.GetFirstChild<Deleted>() is null:
                    yield return row;
                    break;
                case SdtRow { SdtContentRow: { } content } sdt when !ShowsPrompt(sdt.SdtProperties):
                    foreach (var inner in Rows(content)) yield return inner;
                    break;
                case CustomXmlRow custom:
                    foreach (var inner in Rows(custom)) yield return inner;
                    break;
            }
        }
    }

    private static IEnumerable<TableCell> Cells(OpenXmlElement row)
    {
        foreach (var child in row.ChildElements)
        {
            switch (child)
            {
                case TableCell cell:
                    yield return cell;
                    break;
                case SdtCell { SdtContentCell: { } content }:
                    foreach (var inner in Cells(content)) yield return inner;
                    break;
                case CustomXmlCell custom:
                    foreach (var inner in Cells(custom)) yield return inner;
                    break;
            }
        }
    }

    /// <summary>A cell's paragraphs in reading order, through content controls, less prompts; a text box's paragraphs are
    /// read with the paragraph that anchors it.</summary>
    private IEnumerable<Paragraph> Paragraphs(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    yield return paragraph;
                    break;
                case SdtBlock { SdtContentBlock: { } content } sdt when !ShowsPrompt(sdt.SdtProperties):
                    foreach (var inner in Paragraphs(content)) yield return inner;
                    break;
                case SdtBlock { SdtContentBlock: { } content }:
                    foreach (var heading in PromptHeadings(content)) yield return heading;
                    break;
                case CustomXmlBlock custom:
                    foreach (var inner in Paragraphs(custom)) yield return inner;
                    break;
                case Table table:
                    foreach (var row in Rows(table))
                    {
                        foreach (var cell in Cells(row))
                        {
                            foreach (var inner in Paragraphs(cell)) yield return inner;
                        }
                    }
                    break;
            }
        }
    }

    /// <summary>
    /// The headings of a content control still showing its placeholder. Word prints a placeholder like any text, and a
    /// template's section heading is one ("Experience", "Education" in Microsoft's resume templates) that people keep
    /// as it is; a prompt to type over ("[Company]", "Click here to enter text.") is body text, not a heading.
    /// </summary>
    private IEnumerable<Paragraph> PromptHeadings(SdtContentBlock content) =>
        content.Elements<Paragraph>().Where(p => HeadingLevelOf(p) > 0);

    private int HeadingLevelOf(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var level = Style(properties?.ParagraphStyleId?.Val?.Value)?.HeadingLevel ?? 0;
        return level == 0 && properties?.OutlineLevel?.Val?.Value is int outline and < 6 ? outline + 1 : level;
    }

    /// <summary>A content control still showing the template's prompt ("[Your Name]", "Click here to enter text.").</summary>
    private static bool ShowsPrompt(SdtProperties? properties) =>
        properties?.GetFirstChild<ShowingPlaceholder>() is { } showing && (showing.Val is null || showing.Val.Value);

    private void ReadParagraph(Paragraph paragraph, List<TextLine> output)
    {
        var properties = paragraph.ParagraphProperties;
        var style = Style(properties?.ParagraphStyleId?.Val?.Value);
        var numbered = properties?.NumberingProperties is { } num
            ? num.NumberingId?.Val?.Value is not (0 or null) and int list
                ? !_silentNumbering.PrintsNothing(list, num.NumberingLevelReference?.Val?.Value, properties.ParagraphStyleId?.Val?.Value)
                : num.NumberingId?.Val?.Value is null
            : style?.Numbered == true;
        var level = properties?.NumberingProperties?.NumberingLevelReference?.Val?.Value ?? 0;
        var headingLevel = HeadingLevelOf(paragraph);
        var styleBold = style?.Bold == true;
        var styleItalic = style?.Italic == true;
        // Space set before a paragraph is the gap a reader sees above it, as a PDF's vertical gap: templates open an
        // entry or a heading with it (a dates heading above the job title), while ordinary lines have none.
        var spacedAbove = (Twips(properties?.SpacingBetweenLines?.Before?.Value) ?? StyleSpaceBefore(properties?.ParagraphStyleId?.Val?.Value)) >= SpacedAbove;

        var segments = new List<LineSegment>();
        var current = new StringBuilder();
        int boldChars = 0, italicChars = 0, totalChars = 0;
        // The same counts for the segment being read: a cell's face, beside the line's.
        int segmentBold = 0, segmentItalic = 0, segmentChars = 0;
        long sizeSum = 0;
        var paragraphSize = StyleSize(properties?.ParagraphStyleId?.Val?.Value);
        var boxes = new List<TextBoxContent>();
        var links = new List<string>();
        // A complex field's instruction as far as it has been read: Word splits it over runs where revision ids change
        // (" HYPERLINK \"mailto:", "name@example.com", "\" "), so the address is known only at the field's separator.
        StringBuilder? fieldCode = null;

        foreach (var run in paragraph.Descendants<Run>())
        {
            if (!Shown(run, paragraph, headingLevel > 0, out var wrapper))
            {
                continue; // text boxes are read after the paragraph, as their own lines; the rest is not on the page
            }
            var runBold = run.RunProperties?.Bold is { } b ? b.Val is null || b.Val.Value : styleBold;
            var runItalic = run.RunProperties?.Italic is { } it ? it.Val is null || it.Val.Value : styleItalic;
            var runSize = int.TryParse(run.RunProperties?.FontSize?.Val?.Value, out var halfPoints) ? halfPoints : paragraphSize;
            if (wrapper is Hyperlink { Id.Value: { } linkId } && _hyperlinks.TryGetValue(linkId, out var target))
            {
                AddLink(target);
            }
            else if (wrapper is SimpleField { Instruction.Value: { } instruction })
            {
                AddLink(FieldTarget(instruction));
            }
            var spaceOnly = true;
            var runText = new StringBuilder();
            var icons = InIconFont(run);
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Text t when t.Text.Length == 1 && current.Length == 0 && runText.Length == 0
                        && segments.Count == 0 && SymbolFontBullet(run, t.Text[0]) is { } glyph:
                        // "§" in Wingdings is a square bullet, "·" in Symbol a round one: the 8-bit code of a symbol font's glyph.
                        runText.Append(glyph);
                        spaceOnly = false;
                        break;
                    case DocumentFormat.OpenXml.Wordprocessing.Text t when t.Text.Trim() is [var typed] && Bullets.IsBulletChar(typed)
                        && typed is not ('-' or '–' or '—' or '*' or '·') && ClosesSentence(current, runText):
                        // "… in a fast-paced environment. ● Learned to balance …": a bullet typed after a sentence, in
                        // the paragraph that holds the item before it, opens the next item (a glyph between words
                        // separates a line's pieces, "Python ● SQL", and stays).
                        Flush(runText);
                        EndLine();
                        runText.Append(typed);
                        spaceOnly = false;
                        break;
                    case DocumentFormat.OpenXml.Wordprocessing.Text when icons:
                        // An icon stands where a separator would: it ends the piece before it and is not read.
                        Flush(runText);
                        EndSegment();
                        break;
                    case DocumentFormat.OpenXml.Wordprocessing.Text t:
                        runText.Append(t.Text);
                        if (!string.IsNullOrWhiteSpace(t.Text))
                        {
                            spaceOnly = false;
                        }
                        break;
                    case TabChar or PositionalTab:
                        Flush(runText);
                        EndSegment();
                        break;
                    case Drawing drawing when !drawing.Descendants<TextBoxContent>().Any():
                        // A picture set in the line (the phone, envelope and pin icons of a contact line, with no
                        // space typed around them) stands where a separator would.
                        Flush(runText);
                        EndSegment();
                        break;
                    case Break br when br.Type is null || br.Type.Value == BreakValues.TextWrapping || br.Type.Value == BreakValues.Column:
                    case CarriageReturn:
                        Flush(runText);
                        EndLine();
                        break;
                    case NoBreakHyphen:
                        runText.Append('-');
                        spaceOnly = false;
                        break;
                    case SymbolChar symbol when SymbolBullet(symbol) is { } glyph && current.Length == 0 && runText.Length == 0 && segments.Count == 0:
                        // A bullet typed as a Symbol or Wingdings character: kept, so the line reads as a list item.
                        runText.Append(glyph);
                        spaceOnly = false;
                        break;
                    case SymbolChar symbol when symbol.Font?.Value is { } font && IsIconFont(font) || SymbolBullet(symbol) is not null:
                        // An icon, or a bullet inside the line, parts the pieces on either side of it.
                        Flush(runText);
                        EndSegment();
                        break;
                    case FieldChar { FieldCharType.Value: var kind }:
                        if (kind == FieldCharValues.Begin)
                        {
                            EndInstruction();
                            fieldCode = new StringBuilder();
                        }
                        else
                        {
                            EndInstruction();
                        }
                        break;
                    case FieldCode code:
                        // The instruction is not on the page; a HYPERLINK field's target is the link behind the text shown.
                        if (fieldCode is not null)
                        {
                            fieldCode.Append(code.Text);
                        }
                        else
                        {
                            AddLink(FieldTarget(code.Text));
                        }
                        break;
                }
                if (child.LocalName == "drawing" || child.LocalName == "pict" || child.LocalName == "AlternateContent")
                {
                    foreach (var box in child.Descendants<TextBoxContent>())
                    {
                        if (!box.Ancestors<AlternateContentFallback>().Any())
                        {
                            boxes.Add(box);
                        }
                    }
                }
            }
            if (runText.Length > 0)
            {
                if (spaceOnly && current.Length > 0 && run.RunProperties?.Spacing is null && !TypedSpace(run, runText, current)
                    && !DoubledSpace(runText, current))
                {
                    // Generators that write each item of a list as its own run separate them with a lone space run.
                    // Word splits a run where the formatting changes, so a space condensed or expanded on its own is
                    // only a space between words; so is a single space Word marks with the editing session that typed
                    // it ("Universität", " ", "Heidelberg" as three runs of one name): generators write no such marks.
                    // Spaces typed on after a space are a gap set between two things ("High School      GCSE").
                    EndSegment();
                }
                else
                {
                    if (!spaceOnly && segments.Count == 0 && RuleAcrossLine(current) && runText.ToString().Any(char.IsLetter))
                    {
                        // "______…______ Work Experience" typed as one paragraph: the rule fills its line and Word wraps
                        // the words under it, so the page shows a divider over a line of their own, in their own face.
                        DropRule();
                    }
                    if (!spaceOnly && SpacedFaceChange(current, runBold, runItalic))
                    {
                        EndSegment();
                    }
                    current.Append(runText);
                    Count(runText.Length);
                    sizeSum += (long)runSize * runText.Length;
                }
            }

            // "Zone Manager␣␣" in bold, then "Lawton, OK" in italic: two typed spaces and a change of face set two
            // fields apart as a tab would (two spaces alone may be a slip, a face change alone joins words of one field).
            bool SpacedFaceChange(StringBuilder before, bool bold, bool italic) =>
                before.Length >= 3 && before[^1] == ' ' && before[^2] == ' ' && !char.IsWhiteSpace(before[^3]) && segmentChars > 0
                && (segmentBold * 2 > segmentChars != bold || segmentItalic * 2 > segmentChars != italic);

            void DropRule()
            {
                current.Clear();
                (totalChars, boldChars, italicChars, sizeSum) = (0, 0, 0, 0);
                (segmentBold, segmentItalic, segmentChars) = (0, 0, 0);
                _pendingGap = output.Count > 0 || _lines.Count > 0;
            }

            static bool ClosesSentence(StringBuilder before, StringBuilder run)
            {
                var text = (before.ToString() + run).TrimEnd();
                return text.Length > 1 && text[^1] is '.' or '!' or '?' or ';';
            }

            // A second space typed after a word's space is a slip of the thumb ("Ashish  Kumar"), not yet a gap: a gap
            // set with spaces takes more of them.
            static bool DoubledSpace(StringBuilder text, StringBuilder before) =>
                text.Length == 1 && text[0] == ' ' && before.Length >= 2 && before[^1] == ' ' && !char.IsWhiteSpace(before[^2]);

            static bool TypedSpace(Run run, StringBuilder text, StringBuilder before) =>
                (run.RsidRunAddition is not null || run.RsidRunProperties is not null) && text.Length == 1 && text[0] == ' '
                && !char.IsWhiteSpace(before[^1]);

            void Flush(StringBuilder text)
            {
                if (text.Length > 0)
                {
                    current.Append(text);
                    Count(text.Length);
                    sizeSum += (long)runSize * text.Length;
                    text.Clear();
                }
            }

            void Count(int length)
            {
                totalChars += length;
                boldChars += runBold ? length : 0;
                italicChars += runItalic ? length : 0;
                segmentChars += length;
                segmentBold += runBold ? length : 0;
                segmentItalic += runItalic ? length : 0;
            }
        }
        EndInstruction();
        EndLine();

        foreach (var box in InPageOrder(boxes))
        {
            _traits.Add(ParseWarningCodes.TextBoxes);
            var before = output.Count;
            foreach (var inner in box.Descendants<Paragraph>())
            {
                ReadParagraph(inner, output);
            }
            if (ReferenceEquals(output, _lines) && AtTopOfPage(box) && output.Count > before)
            {
                // A box pinned to the top of the page (the name of a template whose boxes sit anywhere in the flow) is
                // what the page shows first, wherever its anchor stands.
                var hoisted = output.GetRange(before, output.Count - before);
                output.RemoveRange(before, hoisted.Count);
                output.InsertRange(_topBoxLines, hoisted);
                _topBoxLines += hoisted.Count;
            }
        }

        void AddLink(string? link)
        {
            if (link is not null && !links.Contains(link))
            {
                links.Add(link);
            }
        }

        void EndInstruction()
        {
            if (fieldCode is not null)
            {
                AddLink(FieldTarget(fieldCode.ToString()));
                fieldCode = null;
            }
        }

        void EndSegment()
        {
            var text = TextCleaner.Clean(current.ToString());
            current.Clear();
            // A run of underscores typed after a heading, out to a tab, draws a rule under it: a line, not text.
            if (text.Length > 0 && !(text.Length >= 5 && text.All(c => c == '_')))
            {
                segments.Add(new LineSegment(text, Bold: segmentBold * 2 > segmentChars, Italic: segmentItalic * 2 > segmentChars));
            }
            (segmentBold, segmentItalic, segmentChars) = (0, 0, 0);
        }

        void EndLine()
        {
            EndSegment();
            if (segments.Count == 0)
            {
                if (output.Count > 0 || _lines.Count > 0)
                {
                    _pendingGap = true;
                }
                return;
            }
            var bullet = numbered;
            var first = segments[0].Text;
            if (first.Length == 1 && Bullets.IsBulletChar(first[0]) && segments.Count > 1)
            {
                // "•<tab>text": the glyph stands in a segment of its own.
                segments.RemoveAt(0);
                bullet = true;
            }
            else if (!bullet && Bullets.TryStrip(first, out var rest))
            {
                bullet = true;
                segments[0] = segments[0] with { Text = rest };
            }
            _chars += segments.Sum(s => s.Text.Length);
            output.Add(new TextLine(segments.ToList())
            {
                Bold = totalChars > 0 && boldChars * 2 > totalChars,
                Italic = totalChars > 0 && italicChars * 2 > totalChars,
                Bullet = bullet,
                Indent = level,
                HeadingLevel = headingLevel,
                IsTitle = style?.Title == true,
                TypeSize = totalChars > 0 ? Math.Round(sizeSum / (double)totalChars) / 2 : 0,
                GapBefore = _pendingGap || spacedAbove,
                Links = links.Count > 0 ? [.. links] : [],
            });
            _pendingGap = false;
            spacedAbove = false;
            segments.Clear();
            links.Clear();
            // Lines split by breaks inside one paragraph are weighed on their own ("Name" bold, "Issuer" not).
            boldChars = 0;
            italicChars = 0;
            totalChars = 0;
            sizeSum = 0;
        }
    }

    /// <summary>A rule typed with one character across the line ("__________", "=========="): at least ten of them and
    /// nothing else, so a short dash or an ellipsis typed before words is no rule.</summary>
    private static bool RuleAcrossLine(StringBuilder text)
    {
        var typed = text.ToString().Trim();
        return typed.Length >= 10 && typed[0] is '_' or '=' or '-' or '─' or '━' or '═' && typed.All(c => c == typed[0]);
    }

    /// <summary>
    /// Text boxes anchored in one paragraph, in the order the page shows them: Word keeps them in the order they were
    /// drawn, so a page built of boxes (a heading's box drawn after its content's) reads top to bottom only when they
    /// are sorted by where they stand. Boxes placed against different frames, or not placed by offset, keep their order.
    /// </summary>
    private static IEnumerable<TextBoxContent> InPageOrder(List<TextBoxContent> boxes)
    {
        if (boxes.Count < 2)
        {
            return boxes;
        }
        var placed = boxes.Select(b => (Box: b, Place: Placement(b))).ToList();
        var frame = placed[0].Place?.Frame;
        if (frame is null || placed.Any(p => p.Place is not { } place || place.Frame != frame))
        {
            return boxes;
        }
        return placed.OrderBy(p => p.Place!.Value.Top).ThenBy(p => p.Place!.Value.Left).Select(p => p.Box);
    }

    /// <summary>A box's frame of vertical reference and its offsets from it, in EMU.</summary>
    private static (string Frame, long Top, long Left)? Placement(TextBoxContent box)
    {
        var anchor = box.Ancestors<DocumentFormat.OpenXml.Drawing.Wordprocessing.Anchor>().FirstOrDefault();
        if (anchor?.VerticalPosition is not { } vertical || !long.TryParse(vertical.PositionOffset?.Text, out var top))
        {
            return null;
        }
        long.TryParse(anchor.HorizontalPosition?.PositionOffset?.Text, out var left);
        return (vertical.RelativeFrom?.InnerText ?? "paragraph", top, left);
    }

    /// <summary>Within an inch of the page's top edge, or of the top margin's, by its own placement.</summary>
    private static bool AtTopOfPage(TextBoxContent box) =>
        Placement(box) is { } place && place.Frame is "page" or "topMargin" && place.Top < 914_400;

    /// <summary>
    /// Whether a run's text is on the page: not in a text box (read on its own), not deleted or moved away in tracked
    /// changes, not hidden, not a content control's prompt (a heading's placeholder is its title, see PromptHeadings).
    /// <paramref name="wrapper"/> is the link or field around it.
    /// </summary>
    private static bool Shown(Run run, Paragraph paragraph, bool heading, out OpenXmlElement? wrapper)
    {
        wrapper = null;
        if (run.RunProperties is { } properties
            && (properties.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value)
                || properties.RunStyle?.Val?.Value == "PlaceholderText"))
        {
            return false;
        }
        for (var parent = run.Parent; parent is not null && !ReferenceEquals(parent, paragraph); parent = parent.Parent)
        {
            switch (parent)
            {
                case TextBoxContent or DeletedRun or MoveFromRun:
                    return false;
                case SdtRun sdt when !heading && ShowsPrompt(sdt.SdtProperties):
                    return false;
                case Hyperlink or SimpleField:
                    wrapper ??= parent;
                    break;
            }
        }
        return true;
    }

    /// <summary>The address of a <c>HYPERLINK "url"</c> field instruction; a link to a place in the document has none.</summary>
    private static string? FieldTarget(string instruction)
    {
        var text = instruction.AsSpan().Trim();
        if (!text.StartsWith("HYPERLINK", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        text = text[9..].Trim();
        if (text.StartsWith("\\l", StringComparison.Ordinal))
        {
            return null;
        }
        if (text.StartsWith('"'))
        {
            text = text[1..];
            var end = text.IndexOf('"');
            text = end >= 0 ? text[..end] : text;
        }
        else
        {
            var end = text.IndexOf(' ');
            text = end >= 0 ? text[..end] : text;
        }
        return text.Length > 0 ? text.ToString() : null;
    }

    /// <summary>The bullet glyph a character in a run set in a symbol font stands for, when it is one.</summary>
    private static char? SymbolFontBullet(Run run, char c)
    {
        var font = run.RunProperties?.RunFonts is { } fonts ? fonts.Ascii?.Value ?? fonts.HighAnsi?.Value : null;
        if (font is null || c >= 0x100 || !(font.StartsWith("Symbol", StringComparison.OrdinalIgnoreCase)
            || font.StartsWith("Wingdings", StringComparison.OrdinalIgnoreCase) || font.StartsWith("Webdings", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        var glyph = (char)(0xF000 + c);
        return Bullets.IsBulletChar(glyph) ? glyph : null;
    }

    /// <summary>The glyph a Symbol, Wingdings or Webdings bullet character stands for, when it is one.</summary>
    private static char? SymbolBullet(SymbolChar symbol)
    {
        if (symbol.Char?.Value is not { } code || !int.TryParse(code, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        // Symbol fonts are addressed either in the private use area (F0xx) or by their 8-bit code.
        var glyph = (char)(value < 0x100 ? 0xF000 + value : value);
        return Bullets.IsBulletChar(glyph) ? glyph : null;
    }

    private static bool IsPageField(string text) =>
        text.All(c => char.IsDigit(c) || char.IsWhiteSpace(c) || c is '/' or '-' or '–')
        || text.StartsWith("Page ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Wingdings and Webdings draw pictures at letters' codes: "(" is a telephone, "*" an envelope. Typed before a
    /// phone number or an address they are icons, not text.</summary>
    private static bool InIconFont(Run run)
    {
        var font = run.RunProperties?.RunFonts is { } fonts ? fonts.Ascii?.Value ?? fonts.HighAnsi?.Value : null;
        return font is not null && IsIconFont(font);
    }

    private static bool IsIconFont(string font) =>
        font.StartsWith("Wingdings", StringComparison.OrdinalIgnoreCase) || font.StartsWith("Webdings", StringComparison.OrdinalIgnoreCase);

    private sealed record StyleInfo(int HeadingLevel, bool Bold, bool Numbered, bool Title, string? BasedOn, int? SpaceBefore, int? Size)
    {
        public bool Italic { get; init; }
    }
}
