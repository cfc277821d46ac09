using System.Globalization;
using System.Text;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>The lines of LaTeX CV classes that run an entry's fields into one line (moderncv's \cventry: title upright,
/// employer italic, town, then the dates): a field wrapped at the dates, and a line TeX justified by stretching its
/// spaces. Drawn in Courier, whose every glyph is 0.6 em wide, so the gaps are set to the point.</summary>
public sealed class RunInHeaderTests
{
    [Fact]
    public void An_italic_employer_cut_at_the_dates_goes_on_at_the_start_of_the_next_line()
    {
        var resume = Read(Page(
            Text(72, 760, 20, "Tobias Wrenfield", Upright),
            Text(72, 740, 10, "tobias.wrenfield@example.org", Upright),
            Text(72, 700, 14, "Experience", Bold),
            Text(72, 680, 10, "Postdoctoral Researcher, ", Upright) + Text(222, 680, 10, "Plymouth Marine In-", Italic)
                + Text(346, 680, 10, "Sep 2018 \x96 Feb 2021", Upright),
            Text(72, 667, 10, "stitute,", Italic) + Text(126, 667, 10, "Plymouth.", Upright),
            Text(82, 652, 10, "Ran monitoring of seagrass meadows at five sites.", Upright),
            Text(72, 630, 10, "Field Technician, ", Upright) + Text(180, 630, 10, "North Sea Ecology", Italic)
                + Text(292, 630, 10, "Jun 2014 \x96 Sep 2014", Upright),
            Text(72, 617, 10, "Trust,", Italic) + Text(114, 617, 10, "Lowestoft.", Upright),
            Text(82, 602, 10, "Sorted grab samples on a six-week contract.", Upright)));

        Assert.Equal(["Plymouth Marine Institute", "North Sea Ecology Trust"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Postdoctoral Researcher", "Field Technician"], resume.Work.Select(w => w.Position));
        Assert.All(resume.Work, w => Assert.DoesNotContain(w.Highlights, h => h.Contains("Lowestoft") || h.Contains("Plymouth.")));
    }

    [Fact]
    public void A_run_in_header_justified_by_stretching_its_spaces_keeps_its_fields_whole()
    {
        // Gaps of 10.0, 10.5, 9.1, 9.1 and 8.2 pt at 10.9 pt: TeX stretches the space after a comma further.
        const double size = 10.9, glyph = size * 0.6;
        var words = new (string Text, string Font, double GapBefore)[]
        {
            ("Assistante", Bold, 0), ("comptable,", Bold, 10.0), ("Groupe", Italic, 10.5), ("Vidalie", Italic, 9.1), ("SA,", Italic, 9.1),
            ("09/2017", Upright, 8.2), ("\x96", Upright, 4), ("12/2019", Upright, 4),
        };
        var x = 72.0;
        var header = new StringBuilder();
        foreach (var (text, font, gap) in words)
        {
            x += gap;
            header.Append(Text(x, 680, size, text, font));
            x += text.Length * glyph;
        }
        var bytes = Page(
            Text(72, 760, 20, "Camille Desroches", Upright),
            Text(72, 740, 10, "camille.desroches@example.fr", Upright),
            Text(72, 710, 14, "Experience", Bold),
            header.ToString(),
            Text(82, 664, 10, "Monthly bank reconciliations.", Upright));
        var resume = Read(bytes);

        var job = Assert.Single(resume.Work);
        Assert.Equal(("Groupe Vidalie SA", "Assistante comptable", "2017-09"), (job.Name, job.Position, job.StartDate));
    }

    private const string Upright = "F1", Bold = "F2", Italic = "F3";

    /// <summary>Each word placed on its own a third of an em after the last, as pdfLaTeX sets a line: no space glyphs.</summary>
    private static string Text(double x, double y, double size, string text, string font)
    {
        var drawn = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            drawn.Append(CultureInfo.InvariantCulture, $"BT /{font} {size} Tf {x:0.##} {y:0.##} Td ({word.Replace("(", "\\(").Replace(")", "\\)")}) Tj ET\n");
            x += (word.Length + 1.0 / 3 / 0.6) * size * 0.6;
        }
        return drawn.ToString();
    }

    /// <summary>Courier in three faces.</summary>
    private static byte[] Page(params string[] content)
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> /Contents 4 0 R >>");
        pdf.AddStream("", Encoding.Latin1.GetBytes(string.Concat(content)));
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Oblique /Encoding /WinAnsiEncoding >>");
        return pdf.Build();
    }
}
