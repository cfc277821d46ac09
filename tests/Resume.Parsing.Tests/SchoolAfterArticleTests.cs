using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// The one line of a tabular CV's education row, written as a sentence: the degree or course, then the school after
/// "an der" (German) or "aan de" (Dutch), a colon going on with the degree taken there.
/// </summary>
public sealed class SchoolAfterArticleTests
{
    [Theory]
    [InlineData("Ausbildung", "10/2016 – 09/2020  Bachelor an der Hochschule Nordmark", "Hochschule Nordmark", "Bachelor")]
    [InlineData("Ausbildung", "10/2016 – 09/2020  Doppeldiplom an der TU Kiel: M.Sc. Elektrotechnik", "TU Kiel", "M.Sc.")]
    [InlineData("Opleiding", "09/2016 – 07/2020  Bachelor Bedrijfskunde aan de Hogeschool Zeeland in Vlissingen", "Hogeschool Zeeland", "Bachelor")]
    public void The_school_is_what_follows_the_article_after_the_course(string heading, string row, string school, string degree)
    {
        var resume = Read($"Wiebke Corvinius\nwiebke.corvinius@example.de\n\n{heading}\n{row}\n08/2007 – 06/2016  Gymnasium am Mühlenteich\n");

        Assert.Equal((school, degree), (resume.Education[0].Institution, resume.Education[0].StudyType));
    }
}
