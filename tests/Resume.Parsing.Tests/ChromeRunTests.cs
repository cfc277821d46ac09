using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// How Chrome prints a Google Doc: every run of text is drawn on its own, opened by a space that does not move the pen
/// and closed by a space, each spanned with a bidi mark as its <c>/ActualText</c>; older versions draw plain spaces that
/// do not move the pen beside the one that does. What a reader sees is the words and the gaps between them.
/// </summary>
public sealed class ChromeRunTests
{
    /// <summary>Helvetica's space is 278 units wide: a TJ step back by as much leaves the pen where it was.</summary>
    private const string Unmoved = "[( ) 278] TJ";

    [Fact]
    public void Words_whose_spaces_carry_only_bidi_marks_as_actual_text_stay_apart()
    {
        var resume = Read(Page(
            Line(24, 720, Runs("Maren", "Holt")),
            Line(10, 696, "(maren.holt@example.com | 503 555 0142) Tj"),
            Line(12, 660, "(EXPERIENCE) Tj"),
            Line(11, 640, Runs("Sales", "Associate,", "Harbor", "Books")) + Line(11, 640, Runs("June", "2021", "-", "June", "2022"), 450),
            Line(10, 624, "(\x95) Tj") + Line(10, 624, Runs("Helped", "readers", "find", "books", "for", "school", "reading", "lists."), 86),
            Line(12, 590, "(EDUCATION) Tj"),
            Line(11, 570, Runs("BA", "English,", "Willamette", "University")) + Line(11, 570, Runs("2017", "-", "2021"), 450)));

        Assert.Equal("Maren Holt", resume.Basics.Name);
        var job = Assert.Single(resume.Work);
        Assert.Equal("Harbor Books", job.Name);
        Assert.Equal("Sales Associate", job.Position);
        Assert.Equal("Helped readers find books for school reading lists.", Assert.Single(job.Highlights));
    }

    [Fact]
    public void A_heading_whose_first_letter_is_a_run_of_its_own_reads_as_one_word()
    {
        // "E" and "XPERIENCE" are two runs: the marks between them are drawn where the second run starts.
        var heading = Run("E", advances: false) + Run("XPERIENCE");
        var resume = Read(Page(
            Line(24, 720, Runs("Tomas", "Reyes")),
            Line(10, 696, "(tomas.reyes@example.com | 312 555 0199) Tj"),
            Line(12, 660, heading),
            Line(11, 640, Runs("Line", "Cook,", "Lakeview", "Diner")) + Line(11, 640, Runs("May", "2022", "-", "Present"), 450),
            Line(10, 624, "(\x95) Tj") + Line(10, 624, Runs("Prepared", "breakfast", "orders", "for", "a", "busy", "weekend", "brunch."), 86),
            Line(12, 590, "(EDUCATION) Tj"),
            Line(11, 570, Runs("Culinary", "Arts", "Certificate,", "Harper", "College")) + Line(11, 570, Runs("2021"), 450)));

        var job = Assert.Single(resume.Work);
        Assert.Equal("Lakeview Diner", job.Name);
        Assert.Equal("Line Cook", job.Position);
    }

    [Fact]
    public void Spaces_that_do_not_move_the_pen_part_nothing_between_the_letters_beside_them()
    {
        // Chrome 87: after a word, a space that does not move the pen, the one that does, and another that does not,
        // drawn where the next word starts; read by position alone it may land after that word's first letter.
        static string Spaced(params string[] words) => string.Join($" {Unmoved} ( ) Tj {Unmoved} ", words.Select(w => $"({w}) Tj"));
        var resume = Read(Page(
            Line(24, 720, "(Dana Whitfield) Tj"),
            Line(10, 696, "(dana.whitfield@example.com | 217 555 0163) Tj"),
            Line(12, 660, "(Work History) Tj"),
            Line(11, 640, Spaced("Garage", "Door", "Technician")) + Line(11, 640, Spaced("Oct", "2019", "-", "Aug", "2020"), 420),
            Line(10, 624, Spaced("Overhead", "Door", "Company", "of", "Dayton")),
            Line(10, 606, "(\x95) Tj") + Line(10, 606, Spaced("Installed", "door", "frames,", "rolling", "steel", "doors", "and", "openers."), 86),
            Line(10, 592, "(\x95) Tj") + Line(10, 592, Spaced("Diagnosed", "problems", "and", "completed", "timely", "repairs", "on", "site."), 86),
            Line(12, 560, "(Education) Tj"),
            Line(11, 540, Spaced("Certificate:", "Welding", "Technology", "|", "Sinclair", "College")) + Line(11, 540, Spaced("Mar", "2021"), 420)));

        var job = Assert.Single(resume.Work);
        Assert.Equal("Garage Door Technician", job.Position);
        Assert.Equal("2020-08", job.EndDate);
        Assert.Equal(["Installed door frames, rolling steel doors and openers.", "Diagnosed problems and completed timely repairs on site."], job.Highlights);
    }

    /// <summary>One run as Chrome draws it: an opening space that does not move the pen, the text, and the closing space
    /// (which does, unless the next run goes on the same word).</summary>
    private static string Run(string text, bool advances = true) =>
        $"/Span <</ActualText <FEFF202D>>> BDC {Unmoved} EMC ({text}) Tj /Span <</ActualText <FEFF202C>>> BDC {(advances ? "( ) Tj" : Unmoved)} EMC\n";

    private static string Runs(params string[] words) => string.Concat(words.Select(w => Run(w)));

    private static string Line(double size, double y, string text, double x = 72) => $"BT /F1 {size} Tf {x} {y} Td\n{text}\nET\n";

    private static byte[] Page(params string[] lines) => RawPdf.HelveticaPage(lines);
}
