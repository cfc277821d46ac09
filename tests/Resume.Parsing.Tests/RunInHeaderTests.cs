using System.Text;
using static Resume.Parsing.Tests.Parsing;
using static Resume.Parsing.Tests.PdfTeXPage;

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
            Words(72, 760, 20, "Tobias Wrenfield", Upright),
            Words(72, 740, 10, "tobias.wrenfield@example.org", Upright),
            Words(72, 700, 14, "Experience", Bold),
            Words(72, 680, 10, "Postdoctoral Researcher, ", Upright) + Words(222, 680, 10, "Plymouth Marine In-", Italic)
                + Words(346, 680, 10, "Sep 2018 \x96 Feb 2021", Upright),
            Words(72, 667, 10, "stitute,", Italic) + Words(126, 667, 10, "Plymouth.", Upright),
            Words(82, 652, 10, "Ran monitoring of seagrass meadows at five sites.", Upright),
            Words(72, 630, 10, "Field Technician, ", Upright) + Words(180, 630, 10, "North Sea Ecology", Italic)
                + Words(292, 630, 10, "Jun 2014 \x96 Sep 2014", Upright),
            Words(72, 617, 10, "Trust,", Italic) + Words(114, 617, 10, "Lowestoft.", Upright),
            Words(82, 602, 10, "Sorted grab samples on a six-week contract.", Upright)));

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
            header.Append(Words(x, 680, size, text, font));
            x += text.Length * glyph;
        }
        var bytes = Page(
            Words(72, 760, 20, "Camille Desroches", Upright),
            Words(72, 740, 10, "camille.desroches@example.fr", Upright),
            Words(72, 710, 14, "Experience", Bold),
            header.ToString(),
            Words(82, 664, 10, "Monthly bank reconciliations.", Upright));
        var resume = Read(bytes);

        var job = Assert.Single(resume.Work);
        Assert.Equal(("Groupe Vidalie SA", "Assistante comptable", "2017-09"), (job.Name, job.Position, job.StartDate));
    }
}
