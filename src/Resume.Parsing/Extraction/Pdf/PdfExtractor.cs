using System.Text.RegularExpressions;
using Resume.Model;
using Resume.Parsing.Extraction.Pdf.Guard;
using Resume.Parsing.Layout;
using Resume.Parsing.Structure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>Reads a PDF's text layer with PdfPig into lines in reading order.</summary>
internal static partial class PdfExtractor
{
    /// <summary>Fewer characters than this on every page means there is no usable text layer.</summary>
    private const int MinTextChars = 40;

    public static LayoutDocument Extract(byte[] data, int length, ParserOptions options, ParseBudget budget)
    {
        if (options.CheckStructure)
        {
            PdfStructureGuard.Check(data, length, options, budget);
        }
        using var document = Open(data, length);
        int pageCount;
        try
        {
            pageCount = document.NumberOfPages;
        }
        catch (Exception e) when (e is not ParseFailure)
        {
            throw Corrupt();
        }
        if (pageCount <= 0)
        {
            throw NoPages();
        }
        if (pageCount > options.MaxPages)
        {
            throw new ParseFailure(ErrorCodes.TooManyPages,
                $"The PDF has {pageCount} pages; resumes of up to {options.MaxPages} pages are accepted.");
        }

        var pages = new List<PageContent>(pageCount);
        var imagePages = 0;
        var textChars = 0;
        var structure = StructureBlocks.Open(document);
        for (var number = 1; number <= pageCount; number++)
        {
            budget.Check();
            try
            {
                var page = document.GetPage(number);
                var glyphs = ChunkBuilder.ReadGlyphs(page, structure?.Read(page));
                var chunks = ChunkBuilder.Build(glyphs);
                Superscripts.Join(chunks);
                var chars = chunks.Sum(c => c.Text.Length);
                var images = SafeImageCount(page);
                textChars += chars;
                if (images > 0 && chars < 200)
                {
                    imagePages++;
                }
                pages.Add(new PageContent(number, page.Width, page.Height, chunks, PageLinks.Read(page)));
            }
            catch (Exception e) when (e is not ParseFailure and not OperationCanceledException)
            {
                if (number == 1)
                {
                    throw Corrupt();
                }
                // One page the library cannot read (a resource it rejects) is that page lost, not the rest of the
                // resume: the pages after it are read as usual.
                continue;
            }
        }

        var lines = new List<TextLine>();
        var traits = new HashSet<string>(StringComparer.Ordinal);
        if (textChars >= MinTextChars)
        {
            RemoveRunningHeadersAndFooters(pages);
            if (pages.Count > 0)
            {
                ThemeCredit.Drop(pages[^1].Chunks);
            }
            ColumnSplit? previous = null;
            foreach (var page in pages)
            {
                budget.Check();
                var cut = page.Number == 1 ? HeaderCut(page.Chunks) : double.MinValue;
                var first = lines.Count;
                var split = PageLines.Arrange(page.Chunks, page.Number, page.Width, cut, previous, lines);
                previous = split;
                PageLinks.Attach(page.Links, lines, first);
                if (TableShape.Detect(lines, first))
                {
                    traits.Add(ParseWarningCodes.Tables);
                }
                // A sidebar beside a main column with a margin of dates is found inside the page's first split.
                if (split.Role == ColumnRole.Sidebar || lines.Skip(first).Any(l => l.InSidebar))
                {
                    traits.Add(ParseWarningCodes.MultiColumn);
                }
            }
            TimelineLabels.Apply(lines);
            SidebarRunOn.Apply(lines);
            WrappedFields.Apply(lines);
            RepeatedMarks.Apply(lines);
            TaggedItems.Apply(lines);
        }
        if (textChars < MinTextChars)
        {
            traits.Add(ParseWarningCodes.ImageOnly);
        }
        else if (imagePages > 0)
        {
            traits.Add(ParseWarningCodes.TextInImages);
        }

        var result = new LayoutDocument("pdf", pageCount, lines);
        result.Traits.UnionWith(traits);
        return result;
    }

    private static PdfDocument Open(byte[] data, int length)
    {
        var bytes = length == data.Length ? data : data.AsSpan(0, length).ToArray();
        try
        {
            return PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ParseFailure(ErrorCodes.Encrypted,
                "The PDF is protected with a password, so its text cannot be read. Save or export it without a password and upload it again.");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (e.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("password", StringComparison.OrdinalIgnoreCase))
            {
                throw new ParseFailure(ErrorCodes.Encrypted,
                    "The PDF is protected with a password, so its text cannot be read. Save or export it without a password and upload it again.");
            }
            throw Corrupt();
        }
    }

    /// <summary>A well-formed PDF of no pages holds nothing to read, like an empty file: <c>empty</c>, not damaged.</summary>
    internal static ParseFailure NoPages() => new(ErrorCodes.Empty,
        "The PDF has no pages: there is nothing to read. Export the resume again from the program that made it.");

    private static ParseFailure Corrupt() => new(ErrorCodes.Corrupt,
        "The PDF is damaged or incomplete and could not be read. Export it again from the program that made it.");

    private static int SafeImageCount(UglyToad.PdfPig.Content.Page page)
    {
        try
        {
            return page.NumberOfImages;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return 0;
        }
    }

    /// <summary>The top of the first section heading on page one: what lies above it is the resume's header block.</summary>
    private static double HeaderCut(List<Chunk> chunks)
    {
        var cut = double.MinValue;
        foreach (var c in chunks)
        {
            if (c.Text.Length > 40 || cut != double.MinValue && c.Top >= cut)
            {
                continue;
            }
            if (HeadingLexicon.Match(c.Text) is { Exact: true } match && match.Kind != SectionKind.Contact
                || chunks.Any(d => StackedUnder(c, d) && d.Top > c.Top && d.Top - c.Bottom < c.Size
                    && HeadingLexicon.Match(c.Text + " " + d.Text) is { Exact: true }))
            {
                cut = c.Top; // a heading, or the first line of one that wraps ("PROFESSIONAL" / "EXPERIENCE")
            }
        }
        return cut;
    }

    /// <summary>Two lines of one block of text: set flush left, flush right (a margin's headings set against the rule
    /// beside the text) or centred.</summary>
    private static bool StackedUnder(Chunk above, Chunk below) =>
        Math.Abs(below.Left - above.Left) < 2 || Math.Abs(below.Right - above.Right) < 2
        || Math.Abs(below.Left + below.Right - above.Left - above.Right) < 4;

    /// <summary>Drops page numbers, copyright notices and text repeated at the top or bottom of every page (a running name
    /// or title).</summary>
    private static void RemoveRunningHeadersAndFooters(List<PageContent> pages)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var c in page.Chunks)
            {
                if (InBand(c, page.Height))
                {
                    var key = DigitRun().Replace(c.Text, "#");
                    seen[key] = seen.GetValueOrDefault(key) + 1;
                }
            }
        }
        // What the first page's header block says (the name, the document's title) set again at the top of a later
        // page is a running header, even where the first page sets it lower or in other company ("Curriculum vitae" beside
        // the name over page two, the name alone over page one). A job title there (the one applied for) may open an
        // entry at the top of a later page, so it is left alone.
        // A first page with no heading at all (a layout table too tall to fit under the contact moves to page two) is
        // all header block.
        // A word processor's page header or footer sits at one height on every page, often lower than the band above (a
        // contact line under the name, a page number well above the edge): the same text at the same height near the
        // top or bottom of two pages or more is the page's furniture. The first page keeps its copy (it may be the only
        // contact line); a bare page number goes everywhere.
        var furniture = new Dictionary<(string, long), HashSet<int>>();
        foreach (var page in pages)
        {
            foreach (var c in page.Chunks.Where(c => InBand(c, page.Height, 0.15) && c.Text.Any(char.IsLetterOrDigit)))
            {
                var key = (FurnitureKey(c.Text), (long)Math.Round(c.Top));
                if (!furniture.TryGetValue(key, out var on))
                {
                    furniture[key] = on = [];
                }
                on.Add(page.Number);
            }
        }
        // Only a page number may change from page to page; any other text repeats word for word.
        static string FurnitureKey(string text) => PageNumber().IsMatch(text) ? "#" : text;
        bool Furniture(Chunk c, PageContent page) => pages.Count > 1 && InBand(c, page.Height, 0.15)
            && furniture.TryGetValue((FurnitureKey(c.Text), (long)Math.Round(c.Top)), out var on) && on.Count >= 2
            && (page.Number > 1 || PageNumber().IsMatch(c.Text));
        var cut = pages.Count > 1 ? HeaderCut(pages[0].Chunks) is var c0 && c0 == double.MinValue ? double.MaxValue : c0 : double.MinValue;
        var opening = new HashSet<string>(pages.Count > 1 ? pages[0].Chunks.Where(c => c.Top < cut && !Fields.RoleWords.EndsWithHead(c.Text)).Select(c => c.Text) : [], StringComparer.Ordinal);
        foreach (var page in pages)
        {
            // A template's copyright notice in the footer, and what shares its row (the date it was printed), is no
            // one's content.
            var notices = page.Chunks.Where(c => InBand(c, page.Height) && Copyright().IsMatch(c.Text)).Select(c => c.Baseline).ToList();
            page.Chunks.RemoveAll(c =>
            {
                if (notices.Count > 0 && InBand(c, page.Height) && notices.Any(b => Math.Abs(b - c.Baseline) <= 1.5))
                {
                    return true;
                }
                if (InBand(c, page.Height, 0.14) && PageOfPages().IsMatch(c.Text))
                {
                    return true; // "1/2", "Page 1 of 2" anywhere near an edge
                }
                if (page.Number > 1 && opening.Contains(c.Text) && InBand(c, page.Height, 0.15) && c.Top < page.Height / 2)
                {
                    return true;
                }
                if (Furniture(c, page))
                {
                    return true;
                }
                if (!InBand(c, page.Height))
                {
                    return false;
                }
                if (PageNumber().IsMatch(c.Text))
                {
                    return true;
                }
                if (pages.Count < 2 || seen.GetValueOrDefault(DigitRun().Replace(c.Text, "#")) < 2)
                {
                    return false;
                }
                // A line at the foot of every page ("July 19, 2021 · Jane Roe · Résumé") is a running footer on the first
                // page too; only the first page's head may hold the same words as content (the name over the contact),
                // and a footer that gives an address or a number to call is how the resume is reached, so it stays.
                return page.Number > 1 || c.Top > page.Height / 2 && !ContactLike().IsMatch(c.Text);
            });
        }
    }

    private static bool InBand(Chunk c, double pageHeight, double share = 0.07) => c.Bottom < pageHeight * share || c.Top > pageHeight * (1 - share);

    [GeneratedRegex(@"^(?:page\s*)?\d{1,3}\s*(?:/|of)\s*\d{1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex PageOfPages();

    [GeneratedRegex(@"^(?:page\s*)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\s*(?:©|\(c\)\s|copyright\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitRun();

    /// <summary>An address or a number to call; a date ("updated: 2024-08-02", "12.03.2021") is neither, however many
    /// digits it has.</summary>
    [GeneratedRegex(@"@|https?:|www\.|(?<!\d)(?!(?:19|20)\d\d[-/.]\d\d?[-/.]\d\d?(?!\d)|\d\d?[-/.]\d\d?[-/.](?:19|20)\d\d(?!\d))\d[\d ()./-]{6,}\d")]
    private static partial Regex ContactLike();

    private sealed record PageContent(int Number, double Width, double Height, List<Chunk> Chunks, IReadOnlyList<PageLink> Links);
}
