using Resume.Parsing.Fields;

namespace Resume.Parsing.Tests;

/// <summary>Dates as tables and templates print them: a month's name and the year parted by a slash ("Abril/2019"),
/// and a table's "from" and "to" columns, two month dates side by side with no dash between them.</summary>
public sealed class TabledDateTests
{
    [Theory]
    [InlineData("Abril/2019 – Novembro/2022", "2019-04", "2022-11")]
    [InlineData("Sept/2015 - Jan/2016", "2015-09", "2016-01")]
    [InlineData("09/2013 07/2015 Ijenko Architecte", "2013-09", "2015-07")]
    [InlineData("01/2013   07/2013", "2013-01", "2013-07")]
    public void A_slashed_month_name_and_a_pair_of_columns_make_a_range(string text, string start, string end)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal((start, end, false), (range.Start, range.End, range.Current));
    }

    [Fact]
    public void A_slashed_month_name_before_a_word_for_now_leaves_the_range_open()
    {
        var range = DateParser.Find("Fevereiro/2023 – Presente");
        Assert.NotNull(range);
        Assert.Equal(("2023-02", (string?)null, true), (range.Start, range.End, range.Current));
    }

    [Fact]
    public void Two_month_dates_side_by_side_out_of_order_are_no_range()
    {
        var range = DateParser.Find("07/2015 09/2013");
        Assert.NotNull(range);
        Assert.Equal(("2015-07", (string?)null), (range.Start, range.End));
    }
}
