using Resume.Scoring.Text;

namespace Resume.Scoring.Tests;

public sealed class TextTests
{
    [Theory]
    [InlineData("Node.js, C# and C++ on .NET", "Node.js|,|C#|and|C++|on|.NET")]
    [InlineData("CI/CD with ASP.NET Core", "CI|/|CD|with|ASP.NET|Core")]
    [InlineData("Objective-C, scikit-learn.", "Objective-C|,|scikit-learn|.")]
    [InlineData("$250M in 3.2s (99.9%)", "$|250M|in|3.2s|(|99.9|%|)")]
    public void Words_keep_the_punctuation_skill_names_are_written_with(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokenizer.Tokenize(text).Select(t => t.Text));
    }

    [Fact]
    public void A_trailing_star_matches_every_word_it_begins_and_the_longest_phrase_wins()
    {
        var matcher = PhraseMatcher<string>.Build(
        [
            new("test*", "testing"),
            new("integration test*", "integration"),
            new("encrypt*", "security"),
        ]);

        var found = matcher.Matches("Wrote integration tests, tested encryption; attested nothing").Select(m => m.Value);

        Assert.Equal(["integration", "testing", "security"], found);
    }

    [Theory]
    [InlineData("Cut p95 latency from 900 ms to 120 ms", "Time,Time")]
    [InlineData("Saved $180K a year", "Money")]
    [InlineData("Raised coverage by 33%", "Percentage")]
    [InlineData("Serving 40K requests per minute", "Rate")]
    [InlineData("Processing 20K events/second", "Rate")]
    [InlineData("Stored 6B rows", "Volume")]
    [InlineData("Improved throughput 4x", "Multiplier")]
    [InlineData("Mentored 9 engineers; two were promoted", "Count,Count")]
    [InlineData("Upgraded to Java 17 and WCAG 2.1 in 2021", "")]
    [InlineData("Ran EC2 and S3 with p99 alerts", "")]
    [InlineData("Halved build times", "Multiplier")]
    public void Figures_are_found_and_classified_and_years_and_versions_are_not_results(string bullet, string kinds)
    {
        Assert.Equal(kinds.Split(',', StringSplitOptions.RemoveEmptyEntries), QuantityFinder.Find(bullet).Select(q => q.Kind.ToString()));
    }

    [Theory]
    [InlineData("2021-03", 2021, 3)]
    [InlineData("2021-03-01", 2021, 3)]
    [InlineData("2021", 2021, null)]
    public void Dates_are_read_as_month_or_year(string text, int year, int? month)
    {
        Assert.Equal(new PartialDate(year, month), PartialDate.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Spring 2020")]
    [InlineData("2021-13")]
    [InlineData("03/2021")]
    public void Text_that_is_not_a_date_is_not_read_as_one(string text)
    {
        Assert.Null(PartialDate.Parse(text));
    }
}
