using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Qualifications named by who awards them and their level ("City and Guilds Level 3 Diploma in …"), national
/// degree names ("Master 1", "Licentiate") and pass grades.</summary>
public sealed class AwardingBodyTests
{
    [Theory]
    [InlineData("Guild and Crafts Level 3 Diploma in Garden Design - Pass", "Guild and Crafts Level 3 Diploma", "Garden Design")]
    [InlineData("Norcross EDI Level 2 Diploma for Office Software Users - Merit", "Norcross EDI Level 2 Diploma", "Office Software Users")]
    [InlineData("OCRB Level 1 Award in Customer Service", "OCRB Level 1 Award", "Customer Service")]
    [InlineData("Single Subject Teaching Credential in Chemistry", "Single Subject Teaching Credential", "Chemistry")]
    public void An_awarding_body_and_a_level_before_an_award_word_name_the_qualification(string line, string type, string area)
    {
        var text = $"Ellis Vane\nellis@example.com\n\nEDUCATION\nRiverbank College   2014 - 2015\n{line}\n";

        var school = Assert.Single(Read(text).Education);

        Assert.Equal(("Riverbank College", type, area), (school.Institution, school.StudyType, school.Area));
    }

    [Theory]
    [InlineData("Master 1 in Public Policy, Institut d'Études Valmont", "Master 1", "Public Policy")]
    [InlineData("Master 2 in Applied Economics, Université de Brevanne", "Master 2", "Applied Economics")]
    [InlineData("Licentiate in Mathematics, Universidad de Ostria", "Licentiate", "Mathematics")]
    public void National_degree_names_are_degrees_not_fields(string line, string type, string area)
    {
        var text = $"Ellis Vane\nellis@example.com\n\nEDUCATION\n2014–2015   {line}\n";

        var school = Assert.Single(Read(text).Education);

        Assert.Equal((type, area), (school.StudyType, school.Area));
    }
}
