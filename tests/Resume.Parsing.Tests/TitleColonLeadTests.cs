using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A Markdown or HTML CV lists each job as "**Title**: Employer, dates, town": the colon after the title parts it from
/// the employer, whether the title is a phrase ("Projektleiterin Kommunikation") or one word ("Texterin", "Redaktor").
/// A supervisor's label ("Advisor: Prof. …") is no title.
/// </summary>
public sealed class TitleColonLeadTests
{
    private const string Resume = """
        Lotte Imboden
        lotte.imboden@example.com

        Berufserfahrung

        - Projektleiterin Kommunikation: Fernschule Alpenland, seit Februar 2017, Brig
        - Texterin: Almenrausch Verlag AG, Februar 2016 - Januar 2017, Thun
        - Redaktor: Bergblick Druck GmbH, Mai 2010 - November 2010, Visp
        """;

    [Fact]
    public void A_one_word_title_before_a_colon_is_parted_from_the_employer_as_a_phrase_is()
    {
        var resume = Read(Resume);

        Assert.Equal(
            [("Fernschule Alpenland", "Projektleiterin Kommunikation"), ("Almenrausch Verlag AG", "Texterin"), ("Bergblick Druck GmbH", "Redaktor")],
            resume.Work.Select(w => (w.Name!, w.Position!)));
    }
}
