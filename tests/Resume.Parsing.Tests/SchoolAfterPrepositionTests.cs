using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Where a German degree was taken, named after "am" (an dem) or, for an apprenticeship at a firm, "bei"
/// (invented people): what stands before it is the degree, what follows the school.</summary>
public sealed class SchoolAfterPrepositionTests
{
    [Theory]
    [InlineData("Abitur am Goethe-Gymnasium Talheim", "Goethe-Gymnasium Talheim", "Abitur", null)]
    [InlineData("Ausbildung zum Fachinformatiker bei Werner Antriebe GmbH", "Werner Antriebe GmbH", "Ausbildung zum Fachinformatiker", null)]
    public void The_school_after_its_preposition_is_the_institution_and_the_degree_stands_before_it(string line, string school, string type, string? area)
    {
        var resume = Read($"Jonas Keller\njonas.keller@example.de\n\nAusbildung\n09/2012 - 06/2018   {line}\n\nSprachen\nDeutsch, Englisch\n");

        var degree = Assert.Single(resume.Education);
        Assert.Equal((school, type, area), (degree.Institution, degree.StudyType, degree.Area));
    }
}
