using System.Globalization;
using System.Text;

namespace Resume.Parsing.Isolation.Ocr;

/// <summary>
/// Text from tesseract's TSV output (one row per word with its box and confidence): lines in tesseract's order, a blank
/// line between paragraphs, a wide gap between two words kept as a run of spaces (a right-aligned date stays apart from
/// its title, as in a text resume), and lines tesseract is unsure of dropped: the speckles of a photo or a picture
/// with no words read as junk letters, which would otherwise be judged as content.
/// </summary>
internal static class TesseractTsv
{
    /// <summary>Printed text reads at 85–97; speckles and smudges read as letters at 0–40.</summary>
    public const double MinLineConfidence = 55;

    public static string Text(string tsv)
    {
        var text = new StringBuilder();
        var line = new List<Word>();
        (int Block, int Paragraph, int Line)? key = null;
        (int Block, int Paragraph)? paragraph = null;
        foreach (var row in tsv.Split('\n'))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            // level, page, block, paragraph, line, word, left, top, width, height, confidence, text; level 5 is a word.
            if (cells.Length < 12 || cells[0] != "5" || string.IsNullOrWhiteSpace(cells[11]))
            {
                continue;
            }
            var word = new Word(Int(cells[2]), Int(cells[3]), Int(cells[4]), Int(cells[6]), Int(cells[8]), Int(cells[9]),
                double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence) ? confidence : 0, cells[11]);
            if (key != (word.Block, word.Paragraph, word.Line))
            {
                Flush();
                if (paragraph is not null && paragraph != (word.Block, word.Paragraph))
                {
                    text.Append('\n');
                }
                key = (word.Block, word.Paragraph, word.Line);
                paragraph = (word.Block, word.Paragraph);
            }
            line.Add(word);
        }
        Flush();
        return text.ToString();

        void Flush()
        {
            if (line.Count == 0)
            {
                return;
            }
            if (line.Average(w => w.Confidence) >= MinLineConfidence)
            {
                for (var i = 0; i < line.Count; i++)
                {
                    if (i > 0)
                    {
                        var gap = line[i].Left - (line[i - 1].Left + line[i - 1].Width);
                        text.Append(gap > 2 * Math.Max(line[i].Height, line[i - 1].Height) ? "    " : " ");
                    }
                    text.Append(line[i].Text);
                }
                text.Append('\n');
            }
            line.Clear();
        }
    }

    private static int Int(string cell) => int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private readonly record struct Word(int Block, int Paragraph, int Line, int Left, int Width, int Height, double Confidence, string Text);
}
