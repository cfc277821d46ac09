using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Habits of resumes people made themselves with public templates (JSON Resume themes, hand-written
/// HTML): a headline that is the name and the title, a labelled list closing each job.</summary>
public sealed class PublicHabitTests
{
    [Theory]
    [InlineData("Priya Raman Cloud Security Architect", "Priya Raman", "Cloud Security Architect")]
    [InlineData("JOSE LUIS MORENO SENIOR DATA ANALYST", "JOSE LUIS MORENO", "SENIOR DATA ANALYST")]
    [InlineData("Mary Ann Cook", "Mary Ann Cook", null)]
    public void A_name_and_title_on_one_line_without_a_separator_are_told_apart(string headline, string name, string? title)
    {
        var resume = Read($"""
            {headline}
            priya.raman@example.com | +1 416 555 0142

            EXPERIENCE
            Northgate Systems
            Security Engineer | Mar 2021 – Present
            • Moved 40 services behind a single sign-on gateway
            """);

        Assert.Equal(name, resume.Basics.Name);
        Assert.Equal(title, resume.Basics.Label);
    }

    [Fact]
    public void A_title_that_opens_with_a_lower_case_brand_after_a_closed_sentence_starts_a_new_entry()
    {
        // "iOS", "eBay": a name written with a small first letter opens the next entry's title; it does not carry on the
        // sentence that closed the entry before it.
        var resume = Read("""
            Tomas Reyes
            tomas.reyes@example.com

            EXPERIENCE
            Mobile Engineer - Kestrel Apps
            Jan 2020 - Present
            Built the booking app for a chain of clinics.
            iOS Developer - Larkspur Studio
            Mar 2017 - Dec 2019
            Shipped six apps for local retailers.
            eCommerce Analyst - Brightwater Goods
            Jun 2015 - Feb 2017
            Reported weekly sales to the board.
            """);

        Assert.Equal([("Kestrel Apps", "Mobile Engineer"), ("Larkspur Studio", "iOS Developer"), ("Brightwater Goods", "eCommerce Analyst")],
            resume.Work.Select(w => (w.Name, w.Position)));
        Assert.Equal(["Built the booking app for a chain of clinics.", "Shipped six apps for local retailers.", "Reported weekly sales to the board."],
            resume.Work.Select(w => w.Summary ?? string.Join(" ", w.Highlights)));
    }

    [Theory]
    [InlineData("DANA WHITFIELD – Registered Nurse | Intensive Care", "DANA WHITFIELD")]
    [InlineData("Dana Whitfield — Registered Nurse", "Dana Whitfield")]
    public void A_headline_of_name_dash_title_gives_the_name_alone(string headline, string name)
    {
        var resume = Read($"""
            {headline}
            Leeds, UK | dana.whitfield@example.com

            WORK EXPERIENCE
            St James's University Hospital
            Staff Nurse | Mar 2021 – Present
            • Cared for up to six ventilated patients a shift
            """);

        Assert.Equal(name, resume.Basics.Name);
    }

    [Fact]
    public void A_labelled_list_closing_a_job_stays_in_that_job_and_is_no_employer()
    {
        var resume = Read("""
            Dana Whitfield
            dana.whitfield@example.com

            WORK EXPERIENCE
            Harbour Dental Clinic
            Dental Hygienist | Mar 2021 – Present
            Preventive care for a busy family practice.
            • Screened twenty patients a day for gum disease
            • Ran the fluoride programme for four local schools
            Tools: Dentrix, intraoral cameras, ultrasonic scalers
            Northgate Orthodontics
            Dental Assistant | Jun 2018 – Feb 2021
            Chairside support for two orthodontists.
            • Prepared brackets and wires for forty fittings a week
            • Kept sterilisation logs for the yearly inspection
            Tools: Dolphin Imaging, autoclaves
            Riverside Pharmacy
            Pharmacy Assistant | Sep 2016 – May 2018
            • Dispensed repeat prescriptions under supervision
            Tools: ProScript, stock control scanners

            EDUCATION
            University of Leeds
            Diploma in Dental Hygiene, 2018
            """);

        Assert.Equal(["Harbour Dental Clinic", "Northgate Orthodontics", "Riverside Pharmacy"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Dental Hygienist", "Dental Assistant", "Pharmacy Assistant"], resume.Work.Select(w => w.Position));
    }

    [Theory]
    [InlineData("Costa Rica, Remote")]
    [InlineData("Lima, Peru")]
    [InlineData("Accra, Ghana")]
    public void A_place_in_a_country_of_its_own_after_the_dash_is_where_not_who(string place)
    {
        var resume = Read($"""
            Dana Whitfield
            dana.whitfield@example.com

            EXPERIENCE
            Healthcare Assistant, Bupa Care Homes – {place}        Sept 2018 – Dec 2020
            • Supported residents with daily living
            • Kept care plans up to date
            """);

        var job = Assert.Single(resume.Work);
        Assert.Equal(("Bupa Care Homes", "Healthcare Assistant", place), (job.Name, job.Position, job.Location));
    }

    [Fact]
    public void A_shop_named_after_a_country_is_no_home_town()
    {
        var resume = Read("""
            Peter Hollis
            07860 635565 | p.hollis@example.com
            Retail assistant • Duty manager • Iceland Frozen Foods
            """);

        Assert.Null(resume.Basics.Location?.City);
    }

    [Fact]
    public void Undated_one_line_schools_are_one_entry_each()
    {
        var resume = Read("""
            Dana Whitfield
            dana.whitfield@example.com

            EDUCATION
            University of Leeds, Bachelor of Science in Nursing – Leeds, UK
            Leeds City College, Certificate in Health and Social Care – Leeds, UK
            Roundhay School, High School Diploma – Leeds, UK
            """);

        Assert.Equal(["University of Leeds", "Leeds City College", "Roundhay School"], resume.Education.Select(e => e.Institution));
        Assert.Equal(["Nursing", "Health and Social Care"], resume.Education.Take(2).Select(e => e.Area));
    }

    [Fact]
    public void Undated_schools_under_their_degrees_are_cut_where_each_degree_starts()
    {
        var resume = Read("""
            Dana Whitfield
            dana.whitfield@example.com

            EDUCATION
            Master of Science in Public Health
            University of Sheffield
            Bachelor of Science in Nursing
            University of Leeds
            """);

        Assert.Equal([("University of Sheffield", "Public Health"), ("University of Leeds", "Nursing")],
            resume.Education.Select(e => (e.Institution, e.Area)));
    }

    [Fact]
    public void A_group_label_filled_out_with_leader_dots_is_no_part_of_the_entries_under_it()
    {
        var resume = Read("""
            Dana Whitfield
            dana.whitfield@example.com

            PROFESSIONAL EXPERIENCE
            CLINICAL. . . . . . . . . . . . . . . . . . . . . . . . . . .
            St James's University Hospital        Leeds
            Staff Nurse        2016–
            • Cared for up to six ventilated patients a shift
            Bupa Care Homes        Leeds
            Healthcare Assistant        2013–2016
            • Supported residents with daily living
            Other. . . . . . . . . . . . . . . . . . . . . . . . . . . . .
            Leeds Rhinos Foundation        Leeds
            Volunteer Coach        2010–2012
            • Coached the under-twelves on Saturdays
            """);

        Assert.Equal([("St James's University Hospital", "Staff Nurse"), ("Bupa Care Homes", "Healthcare Assistant")],
            resume.Work.Select(w => (w.Name, w.Position)));
        Assert.Equal([("Leeds Rhinos Foundation", "Volunteer Coach")], resume.Volunteer.Select(v => (v.Organization, v.Position)));
    }

    [Fact]
    public void A_non_breaking_hyphen_between_title_and_employer_separates_them_as_a_dash_does()
    {
        var resume = Read("""
            Dana Whitfield
            dana.whitfield@example.com

            EXPERIENCE
            Staff Nurse ‑ St James's University Hospital        Jan 2021 ‑ Present
            • Cared for up to six ventilated patients a shift
            Healthcare Assistant ‑ Bupa Care Homes        Sep 2018 ‑ Dec 2020
            • Supported residents with daily living
            """);

        Assert.Equal([("St James's University Hospital", "Staff Nurse", "2021-01", null), ("Bupa Care Homes", "Healthcare Assistant", "2018-09", "2020-12")],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate)));
    }

    [Fact]
    public void Separators_inside_a_titles_parentheses_do_not_cut_it()
    {
        var resume = Read("""
            Dana Whitfield
            dana.whitfield@example.com

            EXPERIENCE
            Lab Technician (HPLC • GC-MS • qPCR) | Northgate Labs        Jan 2020 – Mar 2021
            • Ran forty stability assays a week
            """);

        var job = Assert.Single(resume.Work);
        Assert.Equal(("Northgate Labs", "Lab Technician (HPLC • GC-MS • qPCR)"), (job.Name, job.Position));
    }

    [Fact]
    public void A_range_of_months_with_two_digit_years_dates_the_entry()
    {
        var resume = Read("""
            Dana Whitfield
            dana.whitfield@example.com

            EXPERIENCE
            09-18 - Now        Staff Nurse        St James's University Hospital, Leeds
            • Cared for up to six ventilated patients a shift
            03/15 – 08/18        Healthcare Assistant        Bupa Care Homes, Leeds
            • Supported residents with daily living
            """);

        Assert.Equal([("St James's University Hospital", "2018-09", null), ("Bupa Care Homes", "2015-03", "2018-08")],
            resume.Work.Select(w => (w.Name, w.StartDate, w.EndDate)));
    }

    [Theory]
    [InlineData("Scored 12-14 in the regional final")]
    [InlineData("Room 3-17")]
    public void A_lone_pair_of_short_numbers_is_no_date(string text) => Assert.Null(Fields.DateParser.Find(text));

    [Fact]
    public void A_bold_first_line_whose_name_halves_are_runs_apart_gives_the_whole_name()
    {
        var bytes = DocxResume.Compose((body, _) => body.Append(
            new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
                new Run(new RunProperties(new Bold()), new WordText("Dana")),
                new Run(new WordText(" ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new RunProperties(new Bold()), new WordText("Whitfield"))),
            DocxResume.Plain("Leeds, UK | dana.whitfield@example.com"),
            DocxResume.Bold("EXPERIENCE"),
            DocxResume.Tabbed("Staff Nurse", "Jan 2021 – Present", bold: true),
            DocxResume.Plain("St James's University Hospital, Leeds, UK"),
            DocxResume.Bullet("Cared for up to six ventilated patients a shift")));

        Assert.Equal("Dana Whitfield", Read(bytes).Basics.Name);
    }

    [Fact]
    public void An_organisation_named_after_a_region_stays_the_employer_before_its_town()
    {
        var resume = Read("""
            Dana Whitfield
            dana.whitfield@example.com

            EXPERIENCE
            Research Assistant        June 2022 – Present
            University of Massachusetts, Amherst, MA
            • Coded survey answers from four hundred households
            Assistant News Editor        Aug 2021 – May 2022
            Massachusetts Daily Collegian, Amherst, MA
            • Edited the weekly news pages
            """);

        Assert.Equal([("University of Massachusetts", "Amherst, MA"), ("Massachusetts Daily Collegian", "Amherst, MA")],
            resume.Work.Select(w => (w.Name, w.Location)));
    }

    [Fact]
    public void A_heading_listing_several_sections_ends_the_section_above_it()
    {
        var resume = Read("""
            Dana Whitfield
            dana.whitfield@example.com

            EXPERIENCE
            Staff Nurse        Jan 2021 – Present
            St James's University Hospital, Leeds, UK
            • Cared for up to six ventilated patients a shift

            HONORS, AWARDS & CERTIFICATIONS
            Nurse of the Year        May 2023
            Leeds Teaching Hospitals
            Advanced Life Support        Sep 2022
            Resuscitation Council UK
            """);

        Assert.Equal(["St James's University Hospital"], resume.Work.Select(w => w.Name));
    }

    [Fact]
    public void A_degrees_abbreviation_in_brackets_is_part_of_the_degree_not_the_field()
    {
        var resume = Read("""
            Dana Whitfield
            dana.whitfield@example.com

            EDUCATION
            Master of Science (M.S.) – Public Health        Sep 2021 – Present
            University of Sheffield, Sheffield, UK
            Bachelor of Science (B.Sc.) - Nursing        Sep 2014 - Jun 2017
            University of Leeds, Leeds, UK
            """);

        Assert.Equal([("Master of Science (M.S.)", "Public Health"), ("Bachelor of Science (B.Sc.)", "Nursing")],
            resume.Education.Select(e => (e.StudyType, e.Area)));
    }
}
