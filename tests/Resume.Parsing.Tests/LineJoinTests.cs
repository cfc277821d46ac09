using Resume.Parsing.Fields;
using Resume.Parsing.Text;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// What a typesetter adds where a line ends or an entry line closes: hyphens put in to break a word, a full stop after
/// the last place, the resume's own town written after an employer.
/// </summary>
public sealed class LineJoinTests
{
    [Theory]
    [InlineData("implemen-", "tation", "implementation")]
    [InlineData("Engineer-", "ing", "Engineering")]
    [InlineData("self-", "service", "self-service")]
    [InlineData("cross-", "team", "cross-team")]
    [InlineData("end", "users", "end users")]
    public void A_hyphen_at_a_line_break_goes_only_when_the_carried_part_is_a_suffix(string before, string after, string joined) =>
        Assert.Equal(joined, Hyphenation.Join(before, after));

    [Fact]
    public void A_highlight_broken_across_lines_reads_as_the_words_it_had()
    {
        var text = "Ana Ruiz\nana@example.com\n\nEXPERIENCE\nEngineer, Acme Ltd   Mar 2019 - Jun 2021\n"
            + "- Cut release time by automating the implemen-\n  tation of self-\n  service builds for every team\n";

        var job = Assert.Single(Read(text).Work);

        Assert.Equal(["Cut release time by automating the implementation of self-service builds for every team"], job.Highlights);
    }

    [Theory]
    [InlineData("Engineer, Halcyon, Munich, Bavaria.", "Engineer, Halcyon, Munich, Bavaria")]
    [InlineData("Analyst, Brightwater Inc.", "Analyst, Brightwater Inc.")]
    [InlineData("Consultant, Norte S.L.", "Consultant, Norte S.L.")]
    [InlineData("Developer, Acme, NY.", "Developer, Acme, NY")]
    [InlineData("Developer, Acme LLC.", "Developer, Acme LLC.")]
    [InlineData("Developer, Willowbrook B.V..", "Developer, Willowbrook B.V.")]
    public void The_full_stop_closing_an_entry_line_is_dropped_but_an_abbreviation_keeps_its_own(string line, string kept) =>
        Assert.Equal(kept, RoleParser.WithoutClosingStop(line));

    [Fact]
    public void The_resumes_own_town_after_an_employer_is_the_jobs_place_not_part_of_its_name()
    {
        var text = "Ana Ruiz\nNantes, France\nana@example.com\n\nEXPERIENCE\nBackend Engineer\nWillowbrook Logistics, Nantes, Pays de la Loire   Mar 2019 - Jun 2021\n"
            + "- Built the billing service\n";

        var job = Assert.Single(Read(text).Work);

        Assert.Equal("Willowbrook Logistics", job.Name);
        Assert.Equal("Backend Engineer", job.Position);
    }
}
