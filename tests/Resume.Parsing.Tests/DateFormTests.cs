using Resume.Parsing.Fields;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Date forms people print that the grammar must read whole: a year printed once for both ends, two-digit
/// years, apostrophe years, seasons, ordinal days, listed terms, and single dates of finished activities.</summary>
public sealed class DateFormTests
{
    [Theory]
    [InlineData("Jan – Jul 2019", "2019-01", "2019-07")]
    [InlineData("SEPTEMBER - DECEMBER 2020", "2020-09", "2020-12")]
    [InlineData("Mar 2019 → Jun 2021", "2019-03", "2021-06")]
    [InlineData("Data Analyst Intern, Quillfeather, Remote   June 1 - June 30 2026", "2026-06", "2026-06")]
    [InlineData("18 May - 18 June 2026", "2026-05", "2026-06")]
    [InlineData("Nov – Feb 2021", "2020-11", "2021-02")]
    [InlineData("JANVIER/FÉVRIER 2025", "2025-01", "2025-02")]
    [InlineData("Juli / August 2023", "2023-07", "2023-08")]
    public void A_year_printed_once_after_the_end_is_the_start_year_too(string text, string start, string end)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal((start, end, false), (range.Start, range.End, range.Current));
    }

    [Theory]
    [InlineData("2017 - Agosto", "2017", "2017-08")]
    [InlineData("2018 – Junio", "2018", "2018-06")]
    [InlineData("2021 – March", "2021", "2021-03")]
    public void A_month_alone_after_a_year_ends_the_range_in_that_year(string text, string start, string end)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal((start, end, false), (range.Start, range.End, range.Current));
        Assert.Equal(text.Length, range.Length);
    }

    [Theory]
    [InlineData("Seriomed Serviços médicos Período (2015-2023)", "Seriomed Serviços médicos")]
    [InlineData("Hafenbau Kessler GmbH Zeitraum 2019 – 2021", "Hafenbau Kessler GmbH")]
    [InlineData("Nordic Big Data (2019 – 2021)", "Nordic Big Data")]
    public void A_word_for_period_before_the_dates_goes_with_them(string text, string rest)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal(rest, DateParser.Remove(text, range));
    }

    [Theory]
    [InlineData("2015 - May Holdings")]
    [InlineData("2019 – May 2020")]
    public void A_month_after_a_year_that_runs_on_is_no_end_of_that_year(string text)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.NotEqual(range.Start + "-05", range.End);
    }

    [Theory]
    [InlineData("2019–20", "2019", "2020")]
    [InlineData("Tutor, Ashgrove Academy 2019/20", "2019", "2020")]
    [InlineData("2019 - 20", "2019", "2020")]
    [InlineData("1999–00", "1999", "2000")]
    [InlineData("01.08.2020 - 10.07.21   Jahrespraktikum bei Kelmark", "2020-08", "2021-07")]
    [InlineData("Jan 19 – Mar 21", "2019-01", "2021-03")]
    [InlineData("Jul ‘22 — Sept ‘23", "2022-07", "2023-09")]
    [InlineData("Aug ‘21 — Jan “22", "2021-08", "2022-01")]
    [InlineData("’19 – ’21", "2019", "2021")]
    public void Two_digit_years_close_a_range(string text, string start, string end)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal((start, end, false), (range.Start, range.End, range.Current));
    }

    [Theory]
    [InlineData("seit 03/23", "2023-03")]
    [InlineData("seit 05/25 Geschäftsführerin, Erlangen", "2025-05")]
    [InlineData("depuis 11/19", "2019-11")]
    [InlineData("since 9/21", "2021-09")]
    public void A_since_word_opens_a_range_at_a_month_with_a_two_digit_year(string text, string start)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal((start, (string?)null, true), (range.Start, range.End, range.Current));
    }

    [Theory]
    [InlineData("Note 03/23 im Abschlusszeugnis")]
    [InlineData("Raum 12/40")]
    [InlineData("Cut crash rate from 6.34% to 0.9% with better offline handling")]
    public void A_bare_month_and_two_digit_year_without_a_since_word_is_no_date(string text) =>
        Assert.Null(DateParser.Find(text));

    [Theory]
    [InlineData("Nov ‘23 — Date", "2023-11")]
    [InlineData("Sep 18 - Present", "2018-09")]
    [InlineData("2016 til date", "2016")]
    [InlineData("2019 onwards", "2019")]
    [InlineData("Jan 2023 → now", "2023-01")]
    public void Words_for_now_leave_the_range_open(string text, string start)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal((start, (string?)null, true), (range.Start, range.End, range.Current));
    }

    [Theory]
    [InlineData("Fall 2019 – Spring 2020", "2019", "2020")]
    [InlineData("1st June 2020 - 30th September 2021", "2020-06", "2021-09")]
    [InlineData("Sept 2015 - Dec 2015, Jan 2016 - April 2016, Sept 2017 - Dec 2017", "2015-09", "2017-12")]
    public void Seasons_ordinal_days_and_listed_terms(string text, string start, string? end)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal((start, end), (range.Start, range.End));
    }

    [Theory]
    [InlineData("Summer 2020   PhD Candidate, Earth Science", "PhD Candidate, Earth Science")]
    [InlineData("Spring 2014 | Bachelor's, Environmental Biology", "Bachelor's, Environmental Biology")]
    public void A_season_is_part_of_its_date_and_leaves_nothing_behind(string text, string rest)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal(rest, DateParser.Remove(text, range));
    }

    [Theory]
    [InlineData("zomer 2016 – herfst 2017", "2016", "2017")]
    [InlineData("Sommer 2019 - Winter 2020", "2019", "2020")]
    [InlineData("Verano de 2017 – Otoño de 2018", "2017", "2018")]
    [InlineData("printemps 2021 - automne 2021", "2021", "2021")]
    [InlineData("verão 2018 – inverno 2019", "2018", "2019")]
    [InlineData("Finales de 2015 – Verano de 2017", "2015", "2017")]
    [InlineData("late 2015 - mid-2017", "2015", "2017")]
    public void Seasons_and_parts_of_a_year_in_other_languages_are_dates(string text, string start, string end)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal((start, end), (range.Start, range.End));
    }

    [Theory]
    [InlineData("Été 2025   Serveur, Café du Port", "Serveur, Café du Port")]
    [InlineData("Sommer 2019 | Werkstudent, Nordlicht GmbH", "Werkstudent, Nordlicht GmbH")]
    [InlineData("Ende 2018   Praktikant, Nordlicht GmbH", "Praktikant, Nordlicht GmbH")]
    public void A_season_or_part_of_a_year_in_other_languages_leaves_nothing_behind(string text, string rest)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal(rest, DateParser.Remove(text, range));
    }

    /// <summary>Forms read before these rules: they must stay read.</summary>
    [Theory]
    [InlineData("2019 to date", "2019", null, true)]
    [InlineData("Mar 2021 – Ongoing", "2021-03", null, true)]
    [InlineData("Sept '21 - Jun '22", "2021-09", "2022-06", false)]
    [InlineData("03/2019 – 2020.11", "2019-03", "2020-11", false)]
    [InlineData("03.2019 until 2019-12", "2019-03", "2019-12", false)]
    [InlineData("2018 through 2020", "2018", "2020", false)]
    [InlineData("Summer 2021", "2021", null, false)]
    [InlineData("03 2019 – 10 2021", "2019-03", "2021-10", false)]
    [InlineData("03 2019 – 10 2021       Store Clerk", "2019-03", "2021-10", false)]
    public void Numeric_and_worded_forms_stay_read(string text, string start, string? end, bool current)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal((start, end, current), (range.Start, range.End, range.Current));
    }

    [Theory]
    [InlineData("Grew the mailing list from 1,200 to 19,400")]
    [InlineData("Led 12 - 15 volunteers each weekend")]
    [InlineData("June 10 - June 30")]
    [InlineData("Class of ’19")]
    [InlineData("2019-45 Meridian Road")]
    public void Numbers_that_only_look_like_short_years_are_no_range(string text) =>
        Assert.False(DateParser.Find(text) is { IsRange: true });

    [Fact]
    public void A_month_number_set_before_its_year_with_a_space_is_a_date()
    {
        var resume = Read("""
            Tomasz Wielicki
            tomasz.wielicki@example.com

            EXPERIENCE
            10 2023– now            Data Analyst, Kestrel Freight
            • Built the weekly freight dashboard
            03 2019 – 10 2021       Store Clerk, Lindenhof Markt
            • Ran the till and the stock count
            """);

        Assert.Equal([("2023-10", null), ("2019-03", "2021-10")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.Equal(["Kestrel Freight", "Lindenhof Markt"], resume.Work.Select(w => w.Name));
    }

    [Theory]
    [InlineData("+49 176 10 2019 55")]
    [InlineData("Top 10 2023 list of reviewers")]
    [InlineData("1.10 2020")]
    public void Numbers_beside_a_year_in_a_number_or_a_sentence_are_no_month(string text) =>
        Assert.False(DateParser.Find(text) is { Start.Length: 7 });

    [Fact]
    public void A_month_written_like_a_short_range_stays_a_month() =>
        Assert.Equal(("2011-12", (string?)null), DateParser.Find("2011-12") is { } d ? (d.Start, d.End) : default);

    [Fact]
    public void A_single_date_dates_a_finished_activity_and_an_open_dash_a_running_one()
    {
        var resume = Read("""
            Tomasz Wielicki
            tomasz.wielicki@example.com

            EXPERIENCE
            Trainee Firefighter, Brennholz Werkfeuerwehr           2019
            • Trained with the plant's fire crew for two weeks
            Warehouse Assistant, Kestrel Freight                     Dec 2017
            • Packed and labelled 300 parcels a day
            Store Clerk, Lindenhof Markt                             2020 –
            • Ran the till and the stock count
            """);

        Assert.Equal([("2019", "2019"), ("2017-12", "2017-12"), ("2020", null)],
            resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }
}

/// <summary>Ranges the layout cuts apart: ends stacked in the date cells of an entry's two header lines, an end month
/// whose year wrapped to the next line.</summary>
public sealed class CutRangeTests
{
    [Fact]
    public void Ends_stacked_in_the_date_cells_of_two_header_lines_are_one_range()
    {
        var resume = Read("""
            Adaeze Okonkwo
            adaeze.okonkwo@example.com

            RESEARCH EXPERIENCE
            Present      Soil Carbon Flux Survey, Harlan Basin, TN
            May2018      First project of my dissertation:
                         • Installed automated chambers at twelve plots
                         • Modelled the fluxes with wavelet analysis
            Aug2016      Groundwater Methane Baseline, Morrow County, TN
            Oct2015      Master's Thesis, completed in 2016:
                         • Sampled forty wells for dissolved methane
            """);

        Assert.Equal([("2018-05", null), ("2015-10", "2016-08")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.DoesNotContain(resume.Work, w => w.Name is "Present");
    }

    [Fact]
    public void Single_dated_lines_in_a_run_are_not_taken_for_a_stack()
    {
        var resume = Read("""
            Adaeze Okonkwo
            adaeze.okonkwo@example.com

            EXPERIENCE
            Present      Field Technician, Harlan Basin Survey, TN
            May2018      Soil team:
                         • Installed automated chambers at twelve plots
            2016         Lab Assistant, Morrow College
                         • Prepared samples for the gas chromatograph
            2015         Library Aide, Morrow College
                         • Shelved and catalogued returns
            """);

        Assert.Equal([("2018-05", null), ("2016", "2016"), ("2015", "2015")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }

    [Fact]
    public void An_end_month_whose_year_wrapped_to_the_next_line_keeps_it()
    {
        var resume = Read("""
            Lev Antonov
            lev.antonov@example.com

            EXPERIENCE
            Brightwell Foods LLC
            Mobile Engineer, Co-founder | May 2011 - June
            2012
            Built an app that lists the cafes nearby with their whole menus.
            Orbitale Systems
            Mobile Engineer | July 2012 - June 2015
            Built banking apps for retail customers.
            """);

        Assert.Equal([("2011-05", "2012-06"), ("2012-07", "2015-06")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }
}
