using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Resume.Rendering.Tests;

/// <summary>Reads a PDF's text layer back the way a parser would: words, and lines of words by baseline.</summary>
internal sealed class PdfText
{
    private PdfText(int pages, IReadOnlyList<IReadOnlyList<Word>> words) => (PageCount, Words) = (pages, words);

    public int PageCount { get; }
    public IReadOnlyList<IReadOnlyList<Word>> Words { get; }

    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => (IReadOnlyList<Word>)p.GetWords().ToList()).ToList();
        return new PdfText(document.NumberOfPages, pages);
    }

    /// <summary>All words in reading order joined by single spaces.</summary>
    public string All => string.Join(" ", Lines.Select(l => l));

    /// <summary>Text lines: words grouped by baseline, top to bottom, left to right.</summary>
    public IEnumerable<string> Lines => Words.SelectMany(LinesOf);

    private static IEnumerable<string> LinesOf(IReadOnlyList<Word> words) =>
        words.GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));

    /// <summary>Whitespace collapsed, so text wrapped over lines compares equal to the one-line original.</summary>
    public static string Squash(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(part).Append(' ');
        }
        return builder.ToString().TrimEnd();
    }
}
