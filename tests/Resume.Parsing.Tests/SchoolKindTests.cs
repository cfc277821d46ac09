using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A kind of school written alone in the cell a degree takes ("Lycée", "High School", "École d'ingénieurs"), beside the
/// school's own name: it says the level studied there and is the entry's degree.
/// </summary>
public sealed class SchoolKindTests
{
    private static Resume.Model.Education OnlyDegree(string row) =>
        Assert.Single(Read($"Inès Marchetti\nines.marchetti@example.org\n\nEDUCATION\n{row}\n\nSKILLS\nPython, R\n").Education);

    [Theory]
    [InlineData("2018 - 2021    Lycée    Lycée Victor Hugo", "Lycée", "Lycée Victor Hugo")]
    [InlineData("2010 - 2014    High School    Lincoln High School", "High School", "Lincoln High School")]
    [InlineData("2012 - 2015    Liceo Scientifico    Liceo Galileo Galilei", "Liceo Scientifico", "Liceo Galileo Galilei")]
    [InlineData("2023 - 2026    École d'ingénieurs    ENSEIRB-Matmeca", "École d'ingénieurs", "ENSEIRB-Matmeca")]
    public void A_kind_of_school_beside_the_school_s_name_is_the_degree(string row, string level, string school)
    {
        var entry = OnlyDegree(row);

        Assert.Equal((school, level), (entry.Institution, entry.StudyType));
    }
}
