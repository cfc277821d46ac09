namespace Resume.Parsing.Tests;

/// <summary>A CV (invented person) whose date column writes the day before the month's name ("01. Juli 2023 -" over
/// "heute"): the day's number with its full stop is a date's first figure, not an ordered list's number, so the row is
/// an entry's header and not a list item.</summary>
public sealed class DayBeforeMonthTests
{
    [Theory]
    [InlineData("01. Juli 2023 - heute")]
    [InlineData("15. März 2020 - 30. Juni 2023")]
    [InlineData("3. oktober 2019 – 1. mars 2021")]
    public void A_day_before_a_month_name_is_no_list_number(string dates) =>
        Assert.False(Text.Bullets.TryStrip(dates, out _));

    [Fact]
    public void A_number_before_other_words_stays_a_list_number() =>
        Assert.True(Text.Bullets.TryStrip("1. Juli-Bericht für den Vorstand erstellt", out _));
}
