using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Polish dates as CVs print them, the month cut to its first three letters ("lut. 2021", "paź. 2013", "wrz
/// 2018"): each is a month, so a header keeps its range and its employer (invented people).</summary>
public sealed class PolishMonthAbbreviationTests
{
    [Fact]
    public void Three_letter_polish_months_date_the_jobs()
    {
        var resume = Read("""
            Katarzyna Wróblewska
            k.wroblewska@example.pl | +48 601 234 567

            DOŚWIADCZENIE ZAWODOWE

            Specjalistka ds. marketingu, Wawel Foods Sp. z o.o. | lut. 2021 – obecnie
            • Prowadzenie kampanii w mediach społecznościowych
            Asystentka marketingu, Agencja Reklamowa Lajkonik | lip. 2018 – sty. 2021
            • Przygotowanie materiałów promocyjnych
            Stażystka, Drukarnia Smok | wrz 2017 – cze 2018
            • Obsługa klientów

            WYKSZTAŁCENIE

            Licencjat – Ekonomia, Akademia Górnośląska w Bytomiu | paź. 2013 – cze. 2016
            """);

        Assert.Equal([("Wawel Foods Sp. z o.o.", "2021-02", null), ("Agencja Reklamowa Lajkonik", "2018-07", "2021-01"), ("Drukarnia Smok", "2017-09", "2018-06")],
            resume.Work.Select(w => (w.Name, w.StartDate, w.EndDate)));
        Assert.Equal(("2013-10", "2016-06"), (resume.Education[0].StartDate, resume.Education[0].EndDate));
    }
}
