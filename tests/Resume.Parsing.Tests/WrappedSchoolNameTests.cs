using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A school's long name wrapped in a narrow column (invented people): the line under it opens with a linking
/// word in small letters ("und Informatik Valmont", "de Bretagne"), which no name, degree or field starts with; it is the
/// rest of the name above, not a field of study.</summary>
public sealed class WrappedSchoolNameTests
{
    [Fact]
    public void A_line_opening_with_a_small_linking_word_carries_on_the_school_name_above_it()
    {
        var resume = Read("Karim Benali\nkarim.benali@example.de\n\nAusbildung\nTechnicien Spécialisé   10/2011 - 07/2013\n"
            + "Technische Fachschule für angewandte Elektronik\nund Informatik Valmont\n\nSprachen\nDeutsch, Französisch\n");

        var school = Assert.Single(resume.Education);
        Assert.Equal(("Technische Fachschule für angewandte Elektronik und Informatik Valmont", "Technicien Spécialisé", null),
            (school.Institution, school.StudyType, school.Area));
    }
}
