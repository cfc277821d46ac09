using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// How typesetters and layout tools place text, read as the words and columns it shows: justified narrow lines, TeX's
/// wider space after a full stop, columns a few points apart or crossed by a closing line, a short last page, a header
/// of two blocks side by side, contact details wrapped in a narrow header, a wrapped cell before an entry's dates.
/// </summary>
public sealed class TypesetLayoutTests
{
    private static readonly Person Person = People.Backend;

    private static readonly Person Abbreviating = Person with { Jobs = [.. Person.Jobs.Select(j => j with { Position = "Sr. " + j.Position })] };

    [Fact]
    public void A_justified_entry_line_beside_its_dates_is_one_cell_of_title_and_employer()
    {
        var resume = Read(TypesetShapes.TexEntryLines(Person, DateStyle.ShortMonth));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal([("2021-03", null), ("2017-09", "2021-02")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }

    [Fact]
    public void TeXs_wider_space_after_a_full_stop_is_a_word_gap()
    {
        var resume = Read(TypesetShapes.TexJustified(Abbreviating));

        Assert.Equal(Abbreviating.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal([("2021-03", null), ("2017-09", "2021-02")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }

    [Fact]
    public void A_justified_paragraph_of_words_placed_one_by_one_stays_the_entrys_description()
    {
        var resume = Read(TypesetShapes.PlacedWordParagraphs(Person, DateStyle.ShortMonth));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.All(resume.Work.Zip(Person.Jobs), p => Assert.StartsWith(p.Second.Highlights[0].TrimEnd('.'), p.First.Summary));
    }

    [Fact]
    public void Columns_four_points_apart_are_still_two_columns()
    {
        var resume = Read(TypesetShapes.TightColumns(Person, DateStyle.ShortMonth, gutter: 4));

        AssertColumnsRead(resume);
    }

    [Fact]
    public void A_closing_line_across_both_columns_does_not_undo_them()
    {
        var resume = Read(TypesetShapes.TightColumns(Person, DateStyle.ShortMonth, gutter: 18,
            closing: "References from every employer named above are gladly given on request by the candidate herself"));

        AssertColumnsRead(resume);
    }

    [Fact]
    public void A_link_run_past_the_sidebars_edge_up_to_the_main_column_does_not_join_the_columns()
    {
        var resume = Read(TypesetShapes.TightColumns(Person, DateStyle.ShortMonth, gutter: 30,
            overfullLink: "linkedin.com/in/" + Person.Name.Replace(" ", "").ToLowerInvariant() + "-cloud-platform-engineer"));

        AssertColumnsRead(resume);
    }

    [Fact]
    public void A_short_last_page_keeps_the_columns_of_the_page_before()
    {
        var resume = Read(TypesetShapes.ShortLastPage(Person, DateStyle.ShortMonth));

        var school = Assert.Single(resume.Education);
        Assert.Equal(Person.Schools[0].Institution, school.Institution);
        Assert.Equal(Person.Schools[0].Area, school.Area);
        Assert.Equal(Person.Languages.Select(l => l.Language), resume.Languages.Select(l => l.Name!));
    }

    [Fact]
    public void A_main_columns_large_headings_open_sections_beside_a_sidebars_small_capitals()
    {
        var resume = Read(TypesetShapes.RightSidebar(Person, DateStyle.ShortMonth));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
    }

    [Fact]
    public void A_main_columns_large_regular_headings_open_sections_beside_a_sidebars_bold_ones()
    {
        var resume = Read(TypesetShapes.RightSidebar(Person, DateStyle.ShortMonth, boldMainHeadings: false));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
    }

    [Fact]
    public void A_place_is_never_the_name_when_the_names_glyphs_do_not_extract()
    {
        var resume = Read(TypesetShapes.NameNotExtracted(Person, DateStyle.ShortMonth, "Munich, Bavaria, Germany"));

        Assert.Null(resume.Basics.Name);
        Assert.Equal("Munich", resume.Basics.Location?.City);
        Assert.Equal(Person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name!));
    }

    [Fact]
    public void A_short_contact_block_beside_the_main_column_is_read_on_its_own_not_across()
    {
        var resume = Read(TypesetShapes.ContactBlockBesideMain(Person, DateStyle.ShortMonth));

        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.City, resume.Basics.Location?.City);
        Assert.Equal(Person.Phone, resume.Basics.Phone);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Summary, resume.Basics.Summary);
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
    }

    [Fact]
    public void A_block_of_the_town_and_an_address_run_up_to_the_main_column_is_read_on_its_own_not_across()
    {
        var resume = Read(TypesetShapes.TownBlockWithOverfullAddress(Person, DateStyle.ShortMonth));

        Assert.Equal(Person.City, resume.Basics.Location?.City);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
    }

    private static readonly Person NarrowColumnPerson = Person with { City = "Tarrowby", Region = "NO", Email = "quillonmarsh@example.org" };

    [Fact]
    public void An_address_hyphenated_in_a_narrow_column_beside_the_title_is_joined_whole()
    {
        var resume = Read(TypesetShapes.NarrowContactBesideName(NarrowColumnPerson, DateStyle.ShortMonth, emailBreak: 7));

        Assert.Equal(NarrowColumnPerson.Email, resume.Basics.Email);
    }

    [Fact]
    public void A_town_no_list_knows_over_its_region_code_is_the_address_not_the_headline()
    {
        var resume = Read(TypesetShapes.NarrowContactBesideName(NarrowColumnPerson, DateStyle.ShortMonth, emailBreak: 7));

        Assert.Equal(NarrowColumnPerson.City, resume.Basics.Location?.City);
        Assert.Equal(NarrowColumnPerson.Label, resume.Basics.Label);
    }

    [Theory]
    [InlineData("© Example Templates, 2002 – 2026 | https://templates.example.org")]
    [InlineData("Copyright 2026 Example Templates")]
    public void A_copyright_notice_in_the_footer_and_its_row_are_not_content(string notice)
    {
        var resume = Read(TypesetShapes.CopyrightFooter(Person, DateStyle.ShortMonth, notice));

        Assert.Equal(Person.Certificates.Select(c => c.Name), resume.Certificates.Select(c => c.Name));
        Assert.DoesNotContain(resume.Basics.Profiles, p => p.Url?.Contains("templates.example", StringComparison.Ordinal) == true);
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
    }

    [Fact]
    public void A_section_name_among_a_margins_skill_group_labels_stays_a_group_where_the_margin_is_no_form()
    {
        var resume = Read(TypesetShapes.MarginSkillGroupLabels(Person, DateStyle.Numeric, ["PALS", "ACLS", "BLS"]));

        Assert.Equal(Person.Certificates.Select(c => c.Name), resume.Certificates.Select(c => c.Name));
        Assert.Contains(resume.Skills, s => s.Keywords.SequenceEqual(["PALS", "ACLS", "BLS"]));
    }

    [Fact]
    public void A_mark_opening_many_lines_at_one_edge_is_the_bullet_whatever_it_reads_as()
    {
        var resume = Read(TypesetShapes.MisreadBullets(Person, DateStyle.ShortMonth, "{"));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
    }

    [Fact]
    public void A_header_of_two_blocks_side_by_side_is_read_block_by_block()
    {
        var resume = Read(TypesetShapes.SideBySideHeader(Person, DateStyle.ShortMonth, Person.Email, "+234 803 666", "6739", $"{Person.City}, {Person.Region}"));

        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Label, resume.Basics.Label);
        Assert.Equal("+234 803 666 6739", resume.Basics.Phone);
        Assert.Equal(Person.City, resume.Basics.Location?.City);
        Assert.Equal(Person.Email, resume.Basics.Email);
    }

    [Fact]
    public void A_phone_number_wrapped_in_a_narrow_header_is_read_whole()
    {
        var resume = Read("Chidi Okonkwo\n+234 803 666\n6739\nchidi@example.com\n\nSKILLS\nGo, Kotlin\n");

        Assert.Equal("+234 803 666 6739", resume.Basics.Phone);
    }

    [Fact]
    public void A_phone_number_broken_after_its_calling_and_area_codes_is_read_whole()
    {
        var resume = Read("Quentin Briain\nSão Paulo, SP\n+55 11\n90661-9715\nquentin@example.com\n\nSKILLS\nSwift, Kotlin\n");

        Assert.Equal("+55 11 90661-9715", resume.Basics.Phone);
    }

    [Fact]
    public void An_email_hyphenated_where_a_narrow_header_broke_it_is_read_whole()
    {
        var resume = Read("Mateus Kowalczyk\nma-\nteus.kowalczyk@hey.com\n+48 601 234 567\n\nSKILLS\nGo, Kotlin\n");

        Assert.Equal("mateus.kowalczyk@hey.com", resume.Basics.Email);
    }

    [Fact]
    public void A_mail_link_gives_the_whole_address_where_the_printed_one_lost_its_start()
    {
        var resume = Read(TypesetShapes.WrappedMailLink("Mateus Kowalczyk", "mateus.kowalczyk@hey.com", 7));

        Assert.Equal("mateus.kowalczyk@hey.com", resume.Basics.Email);
    }

    [Fact]
    public void A_cell_wrapped_before_an_entrys_dates_keeps_the_rest_of_the_employer()
    {
        var resume = Read(TypesetShapes.WrappedCellBeforeDates(Person, DateStyle.ShortMonth, "Senior Backend Engineer, Northwind", "Freight AB"));

        var job = Assert.Single(resume.Work);
        Assert.Equal("Senior Backend Engineer", job.Position);
        Assert.Equal("Northwind Freight AB", job.Name);
        Assert.Equal(Person.Jobs[0].Highlights, job.Highlights);
    }

    [Fact]
    public void A_justified_entry_paragraph_wrapped_over_lines_reads_an_unlisted_town_before_its_country_as_the_place()
    {
        // "Title, Employer, Town, Country." wrapped in a narrow box: the title runs over two lines, and a town no place
        // list knows stands before its country.
        var person = Person with
        {
            Jobs =
            [
                new("Saltire Ferries Ltd", "Lead Distributed Systems Platform Reliability Engineer", new(2021, 3, 1), null, "Oban, Scotland", ["Moved the booking system onto two regions without downtime"]),
                new("Quillmate Robotics", "Senior Embedded Software Engineer", new(2018, 4, 1), new(2021, 2, 1), "Tartu, Estonia", ["Wrote the motor controller firmware for three product lines"]),
            ],
        };

        var resume = Read(TypesetShapes.TexEntryLines(person, DateStyle.ShortMonth));

        Assert.Equal(person.Jobs.Select(j => (j.Company, j.Position, j.Location)), resume.Work.Select(w => (w.Name!, w.Position!, w.Location)));
    }

    [Fact]
    public void An_entry_paragraph_beside_its_dates_that_wraps_more_than_once_is_read_to_its_full_stop()
    {
        var person = Person with
        {
            Jobs =
            [
                new("Harbourside Freight and Ferry Logistics Ltd", "Principal Site Reliability Engineer II", new(2021, 3, 1), null, "Port of Spain, Trinidad and Tobago", ["Moved the booking system onto two regions without downtime"]),
                new("Umber Security AB", "Data Engineer", new(2018, 4, 1), new(2021, 2, 1), "Oban, Scotland", ["Wrote the motor controller firmware for three product lines"]),
            ],
        };

        var resume = Read(TypesetShapes.TexEntryLines(person, DateStyle.ShortMonth));

        Assert.Equal(person.Jobs.Select(j => (j.Company, j.Position, j.Location)), resume.Work.Select(w => (w.Name!, w.Position!, w.Location)));
        Assert.Equal(person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
    }

    [Fact]
    public void A_range_wrapped_after_its_dash_in_a_date_margin_ends_on_the_line_below_beside_the_first_item()
    {
        var resume = Read(TypesetShapes.DatesWrappedAfterDash(Person));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal([("2021-03", null), ("2017-09", "2021-02")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
        Assert.Equal(Person.Schools.Select(s => (s.Institution, s.End.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))),
            resume.Education.Select(e => (e.Institution!, e.EndDate!)));
    }

    [Fact]
    public void A_place_set_flush_right_under_an_entrys_dates_is_its_location_not_an_item()
    {
        var person = Person with
        {
            Jobs =
            [
                new("Brackenridge Dairy Co-op", "Operations Analyst", new(2022, 1, 1), null, "Aarhus, Denmark", ["Rebuilt the route planning model for 40 collection lorries", "Cut spoilage claims by a third in one season"]),
                new("Fellside Outdoor Ltd", "Junior Analyst", new(2019, 6, 1), new(2021, 12, 1), null, ["Built the weekly stock report used by six branches"]),
            ],
        };

        var resume = Read(TypesetShapes.PlaceUnderRightDates(person));

        Assert.Equal(person.Jobs.Select(j => (j.Company, j.Position, j.Location)), resume.Work.Select(w => (w.Name!, w.Position!, w.Location)));
        Assert.Equal(person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
    }

    [Fact]
    public void Cells_of_a_grid_row_that_wrapped_in_their_columns_are_read_whole()
    {
        var person = Person with
        {
            Jobs =
            [
                new("Lindenhof Kliniken GmbH", "Clinical Data Manager", new(2020, 2, 1), null, null, ["Ran the data review for four oncology trials"]),
                new("Brightwater Analytics", "Statistical Programmer", new(2016, 9, 1), new(2020, 1, 1), null, ["Wrote the SAS macros every study team used"]),
            ],
            Schools = [new("University of Tübingen", "MSc", "Medical Informatics", new(2014, 10, 1), new(2016, 7, 1))],
        };

        var resume = Read(TypesetShapes.GridRows(person, DateStyle.Numeric));

        Assert.Equal(person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
        var school = Assert.Single(resume.Education);
        Assert.Equal(("University of Tübingen", "Medical Informatics"), (school.Institution!, school.Area!));
    }

    private static void AssertColumnsRead(ResumeDocument resume)
    {
        Assert.Equal(Person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name!));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
        Assert.Superset(Person.Skills.SelectMany(g => g.Keywords).ToHashSet(), resume.Keywords().ToHashSet());
    }
}
