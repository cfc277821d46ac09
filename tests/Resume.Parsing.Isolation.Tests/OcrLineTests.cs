using System.Globalization;
using System.Text;
using Resume.Parsing.Isolation.Ocr;

namespace Resume.Parsing.Isolation.Tests;

/// <summary>
/// What tesseract's words become before the parser sees them, checked on rows as tesseract writes them (its TSV) for the
/// pictograms of designed templates, which it reads as a few stray characters.
/// </summary>
public sealed class OcrLineTests
{
    [Theory]
    [InlineData("(il")]
    [InlineData("7=")]
    [InlineData("if")]
    [InlineData("@")]
    public void A_pictogram_read_as_stray_characters_before_a_heading_leaves_the_heading_whole(string icon)
    {
        var tsv = Tsv(
            [("Jordan", 95), ("Baptiste", 95)],
            [(icon, 40), ("WORK", 96), ("EXPERIENCE", 96)],
            [("Staff", 95), ("Engineer,", 95), ("Quarry", 95), ("Labs", 95), ("2019", 95), ("-", 95), ("2024", 95)],
            [("•", 60), ("Cut", 95), ("costs", 95), ("by", 95), ("a", 95), ("third", 95)],
            [(icon, 40), ("EDUCATION", 96)],
            [("University", 95), ("of", 95), ("Leeds,", 95), ("BSc", 95), ("Physics,", 95), ("2015", 95)]);

        var text = TesseractTsv.Text(tsv);
        var resume = new ResumeParser().Parse(new MemoryStream(Encoding.UTF8.GetBytes(text))).Resume!;

        Assert.Contains("WORK EXPERIENCE\n", text, StringComparison.Ordinal);
        Assert.Contains("\nEDUCATION\n", text, StringComparison.Ordinal);
        Assert.Equal("Quarry Labs", Assert.Single(resume.Work).Name);
        Assert.Equal("University of Leeds", Assert.Single(resume.Education).Institution);
    }

    [Theory]
    [InlineData("A+ CERTIFIED")]
    [InlineData("IT SUPPORT")]
    public void Capitals_that_begin_a_line_are_words_not_pictograms(string line)
    {
        var words = line.Split(' ');
        var text = TesseractTsv.Text(Tsv([.. words.Select(w => (w, 95.0))]));

        Assert.Equal(line + "\n", text);
    }

    /// <summary>Rows of TSV, a line per array: words 30 px high, 10 px a letter, 12 px apart, lines 40 px apart.</summary>
    private static string Tsv(params (string Text, double Confidence)[][] lines)
    {
        var tsv = new StringBuilder("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n");
        for (var l = 0; l < lines.Length; l++)
        {
            var left = 100;
            for (var w = 0; w < lines[l].Length; w++)
            {
                var (text, confidence) = lines[l][w];
                var width = 10 * text.Length;
                tsv.Append(CultureInfo.InvariantCulture, $"5\t1\t1\t1\t{l + 1}\t{w + 1}\t{left}\t{100 + 40 * l}\t{width}\t30\t{confidence}\t{text}\n");
                left += width + 12;
            }
        }
        return tsv.ToString();
    }
}
