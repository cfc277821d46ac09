using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// TeX places every word on its own and draws no spaces; a justified line in a narrow column (moderncv's fancy style
/// sets an entry's degree, field and school as one paragraph beside the dates) stretches its word gaps past an em, and
/// the gap after a comma a quarter more than the rest. Gaps alike in that way are one line's word gaps, not cells: the
/// degree line stays one phrase, and the dates beside it, further off, a cell of their own.
/// </summary>
public sealed class StretchedLineTests
{
    [Fact]
    public void A_justified_line_stretched_past_an_em_keeps_its_words_together()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            Words(c, ["Tomás", "Reyes", "Ulloa"], 60, 20, bold: true);
            c.Advance(24);
            Words(c, ["tomas.reyes@example.com"], 60, 9);
            c.Advance(28);
            Words(c, ["EXPERIENCE"], 60, 11, bold: true);
            c.Advance(18);
            Words(c, ["Research", "Assistant,", "Kelp", "Forest", "Institute"], 60, 10, bold: true);
            RightWords(c, ["2017", "–", "2020"], 535, 10);
            c.Advance(14);
            Words(c, ["•", "Surveyed", "forty", "reef", "sites", "each", "season."], 72, 10);
            c.Advance(26);
            Words(c, ["EDUCATION"], 60, 11, bold: true);
            c.Advance(18);
            // Plain gaps stretched to 1.2 em, those after a comma to 1.42 em; the dates far beyond them.
            Words(c, ["M.Sc.,", "Marine", "Biology,", "Universidad", "Austral", "de", "Chile"], 60, 10, gapEm: 1.2);
            RightWords(c, ["2014", "–", "2016"], 535, 10);
            c.Advance(18);
            Words(c, ["B.Sc.,", "Biology,", "Universidad", "de", "Concepción"], 60, 10, gapEm: 0.9);
            RightWords(c, ["2010", "–", "2014"], 535, 10);
        }
        using var stream = new MemoryStream();
        document.Save(stream);

        var resume = Read(stream.ToArray());

        Assert.Equal(
            [("Universidad Austral de Chile", "M.Sc.", "Marine Biology"), ("Universidad de Concepción", "B.Sc.", "Biology")],
            resume.Education.Select(e => (e.Institution!, e.StudyType!, e.Area!)));
        Assert.Equal(("2014", "2016"), (resume.Education[0].StartDate, resume.Education[0].EndDate));
    }

    /// <summary>Sets words one by one with no space glyph between them, as TeX does: gaps of
    /// <paramref name="gapEm"/> ems, and after a comma the gap TeX's space factor gives.</summary>
    private static void Words(PdfCanvas c, string[] words, double x, double size, bool bold = false, double gapEm = 0.333)
    {
        var stretch = (gapEm - 0.333) / 0.167;
        foreach (var word in words)
        {
            x = c.Draw(word, x, size, bold);
            x += size * (word.EndsWith(',') ? 0.333 + 0.167 * 1.25 * stretch : gapEm);
        }
    }

    private static void RightWords(PdfCanvas c, string[] words, double right, double size)
    {
        var width = words.Sum(w => c.Width(w, size)) + (words.Length - 1) * 0.333 * size;
        Words(c, words, right - width, size);
    }
}
