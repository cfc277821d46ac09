using static Resume.Parsing.Tests.Parsing;
using static Resume.Parsing.Tests.PdfTeXPage;

namespace Resume.Parsing.Tests;

/// <summary>The LaTeX logo as TeX sets it: a small "A" raised, the "E" lowered between "T" and "X". The lowered letter
/// falls outside its line's band; it is still a letter of the word it stands inside, not a skill of its own.</summary>
public sealed class DisplacedLetterTests
{
    [Fact]
    public void A_letter_lowered_inside_a_word_stays_in_that_word()
    {
        var resume = Read(Page(
            Words(72, 760, 20, "Marit Solheim", Upright),
            Words(72, 740, 10, "marit.solheim@example.no", Upright),
            Words(72, 700, 14, "Skills", Bold),
            Words(72, 680, 10, "Tools: Git,", Upright),
            Words(138.7, 680, 10, "L", Upright),
            Words(142.3, 682.1, 7, "A", Upright),
            Words(145.2, 680, 10, "T", Upright),
            Words(150.7, 677.8, 10, "E", Upright),
            Words(156.2, 680, 10, "X,", Upright),
            Words(172, 680, 10, "Python", Upright)));

        var keywords = resume.Keywords().ToList();
        Assert.Contains(keywords, k => k.Equals("LATEX", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("E", keywords);
        Assert.Contains("Python", keywords);
    }
}
