using Resume.Fixtures;
using Resume.Parsing.Fields;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Date shapes of CVs not written in English that the grammar missed: the words for "now" of Italian, Polish,
/// Czech, Slovak, Turkish, Romanian, Hungarian and the Nordic languages; a month joined to its year by a hyphen
/// ("Nisan-2013", "Eylül - 2009"); two month-and-year dates side by side with no dash between them, as a date column
/// prints them; "od … do".</summary>
public sealed class LocalDateShapeTests
{
    [Theory]
    [InlineData("Mar. 2019 - Ora", "2019-03")]
    [InlineData("Lug. 2014 – attualmente", "2014-07")]
    [InlineData("06.2012-Aktualnie", "2012-06")]
    [InlineData("od 2018 do dziś", "2018")]
    [InlineData("03.2020 – do chwili obecnej", "2020-03")]
    [InlineData("září 2019 – do současnosti", "2019-09")]
    [InlineData("2017 – nyní", "2017")]
    [InlineData("Ocak 2020 - Halen", "2020-01")]
    [InlineData("2019 – până în prezent", "2019")]
    [InlineData("2021 – jelenleg", "2021")]
    [InlineData("aug 2016 – nuvarande", "2016-08")]
    public void A_local_word_for_now_leaves_the_range_open(string text, string start)
    {
        var range = DateParser.Find(text);

        Assert.NotNull(range);
        Assert.Equal((start, (string?)null, true), (range.Start, range.End, range.Current));
    }

    [Theory]
    [InlineData("Nisan-2013", "2013-04")]
    [InlineData("Eylül - 2004", "2004-09")]
    [InlineData("Kasım–2011", "2011-11")]
    public void A_month_joined_to_its_year_by_a_hyphen_is_one_date(string text, string start)
    {
        var range = DateParser.Find(text);

        Assert.NotNull(range);
        Assert.Equal(start, range.Start);
    }

    [Theory]
    [InlineData("Aralık-2012 Nisan-2013", "2012-12", "2013-04")]
    [InlineData("Kasım–2011 Haziran-2012", "2011-11", "2012-06")]
    [InlineData("Eylül -2009 / Haziran -2012", "2009-09", "2012-06")]
    [InlineData("Jun 2019 Aug 2020", "2019-06", "2020-08")]
    [InlineData("od 10.2016 do 06.2019", "2016-10", "2019-06")]
    public void Two_dates_without_a_dash_between_them_are_a_range(string text, string start, string end)
    {
        var range = DateParser.Find(text);

        Assert.NotNull(range);
        Assert.Equal((start, end), (range.Start, range.End));
    }

    [Theory]
    [InlineData("Python 2019 Mar 2020")]
    [InlineData("Java 8 2019 Mar 2020")]
    public void A_year_after_a_plain_word_does_not_open_a_side_by_side_range(string text)
    {
        var range = DateParser.Find(text);

        Assert.NotNull(range);
        Assert.Null(range.End);
    }

    /// <summary>A Turkish CV in a date column (an invented engineer): each job's dates are month names joined to their
    /// years by hyphens, the range printed without a dash, the current job a single date.</summary>
    [Fact]
    public void A_Turkish_date_column_gives_each_job_its_range()
    {
        var resume = Read(MarkedLinesPdf.Render(
        [
            "Deniz Karaca",
            "deniz.karaca@example.com.tr | +90 532 111 22 33",
            "# İş Deneyimi",
            "Kıdemli Mühendis, Boğaziçi Enerji A.Ş.\tMart-2021 - Halen",
            "• Rüzgar santrali bakım planlarını yönetti",
            "Saha Mühendisi, Anadolu Yapı Ltd.\tEylül-2017 Şubat-2021",
            "• Şantiye kalite kontrol süreçlerini yürüttü",
            "# Eğitim",
            "Orta Doğu Teknik Üniversitesi\tEylül-2013 Haziran-2017",
            "Lisans Makine Mühendisliği",
        ]));

        Assert.Equal([("2021-03", null), ("2017-09", "2021-02")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        var school = Assert.Single(resume.Education);
        Assert.Equal(("2013-09", "2017-06"), (school.StartDate, school.EndDate));
    }
}
