using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A list item's wrapped lines are the rest of that item however the producer set them: back under the glyph, reading
/// as a sentence of their own, mentioning a year, under a glyph in a taller face, or left of where the item started.
/// </summary>
public sealed class WrappedItemTests
{
    private static readonly Person Person = new()
    {
        Name = "Ottilie Brannagh",
        Label = "Operations Manager",
        Email = "ottilie.brannagh@example.net",
        Phone = "(602) 555-0147",
        City = "Tempe",
        Region = "AZ",
        Summary = "Operations manager for freight and logistics firms.",
        Jobs =
        [
            new("Harwick Logistics", "Operations Manager", new DateOnly(2021, 4, 1), null, "Tempe, AZ",
            [
                "Led the launch of the route planning service for regional carriers and their depot managers across the west, now used by more than three thousand depots every single day.",
                "Rebuilt the invoicing pipeline that serves the freight brokers of the group and its eleven regional partners, so that monthly statements now close in two days instead of nine.",
                "Hired and trained a team of six dispatchers.",
            ]),
            new("Southmoor Haulage", "Dispatch Lead", new DateOnly(2017, 9, 1), new DateOnly(2021, 3, 1), "Mesa, AZ",
            [
                "Cut empty miles by a fifth by pairing return loads with the schedules of nearby warehouses and the cross-dock teams at both of our yards.",
                "Kept the weekly safety briefing going for forty drivers.",
            ]),
        ],
    };

    [Fact]
    public void Wrapped_lines_that_read_as_sentences_stay_in_their_bullet()
    {
        var resume = Read(WrappedItemShapes.WrappedUnderGlyph(Person, DateStyle.LongMonth));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights.Select(h => h.TrimEnd('.') + ".")));
        Assert.All(resume.Work, w => Assert.Null(w.Summary));
    }

    private static readonly Person Mentor = Person with
    {
        Jobs =
        [
            new("Riverbend Camp", "Youth Mentor", new DateOnly(2021, 11, 1), new DateOnly(2022, 5, 1), "Flagstaff, AZ",
            [
                "Planned the daily activities of a group of twelve teenagers to build routines, trust and friendships with their peers and families",
                "Listened actively and helped each of them work on conflict resolution, problem solving and time management skills with peers and family",
                "Drove the camp van twice a week",
            ]),
            new("Canyon Motors", "Sales Representative", new DateOnly(2018, 5, 1), new DateOnly(2021, 10, 1), "Flagstaff, AZ",
            [
                "Met and listened to potential buyers, introducing them to the cars that fit their needs, and guided them along the whole buying process",
                "Exceeded the sales goal of nine cars a month",
            ]),
        ],
    };

    [Fact]
    public void A_glyph_in_a_taller_face_does_not_set_its_items_wrapped_line_apart()
    {
        var resume = Read(WrappedItemShapes.TallGlyphs(Mentor, DateStyle.ShortMonth));

        Assert.Equal(Mentor.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name!));
        Assert.Equal(Mentor.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
    }

    [Fact]
    public void An_item_starting_again_where_the_one_above_started_is_a_new_item_though_the_one_above_wrapped_left()
    {
        string[][] items =
        [
            ["Review and test the internal controls of each audit client to confirm they", "operate in line with"],
            ["Perform analytical reviews of expected and unexpected variances in account", "balances and classes of transactions"],
            ["Reconcile the bank accounts of four subsidiaries every month"],
        ];
        var resume = Read(WrappedItemShapes.WrappedLeftOfItems(Person, DateStyle.ShortMonth, items));

        var job = Assert.Single(resume.Work);
        Assert.Equal(items.Select(lines => string.Join(" ", lines)), job.Highlights);
    }

    [Fact]
    public void Entry_lines_right_of_glyphs_hung_in_the_margin_are_entries_not_items()
    {
        var resume = Read(WrappedItemShapes.GlyphsHungLeftOfEntries(Person, DateStyle.ShortMonth));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
    }

    [Fact]
    public void A_year_on_an_items_wrapped_line_dates_no_entry()
    {
        var founder = Person with
        {
            Jobs =
            [
                Person.Jobs[0] with
                {
                    Highlights =
                    [
                        "Secured a research partnership with the state college of cardiology and reached the final of the national innovation challenge and Denver Startup of the Year finalist (2019)",
                        "Hired and trained a team of six dispatchers",
                    ],
                },
                Person.Jobs[1],
            ],
        };
        var resume = Read(WrappedItemShapes.WrappedUnderGlyph(founder, DateStyle.LongMonth));

        Assert.Equal(founder.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(founder.Jobs[0].Highlights, resume.Work[0].Highlights);
    }

    [Fact]
    public void A_glyphs_line_run_to_the_edge_carries_on_below_though_the_next_word_reads_as_a_verb_or_hangs_under_the_text()
    {
        var teller = Person with
        {
            Jobs =
            [
                new("Coastline Savings Bank", "Branch Professional", new DateOnly(2015, 10, 1), new DateOnly(2019, 4, 1), "Mesa, AZ",
                [
                    "Held progressively more responsible roles at the main branch including Bank Teller, Customer Support Clerk, Personal Banking Assistant and Sales Officer Trainee.",
                    "Gained a thorough knowledge of the bank's platform and customer service rules.",
                    "Contributed to scaling and onboarding the small business lending product and its mobile application for current and new Coastline customers",
                ]),
            ],
        };
        var resume = Read(WrappedItemShapes.HangingUnderText(teller, DateStyle.ShortMonth));

        var job = Assert.Single(resume.Work);
        Assert.Equal("Coastline Savings Bank", job.Name);
        Assert.Equal(teller.Jobs[0].Highlights, job.Highlights);
    }

    [Fact]
    public void A_duty_list_without_glyphs_in_the_smaller_body_type_is_one_highlight_a_line()
    {
        var clerk = Person with
        {
            Jobs =
            [
                new("Pinecrest Primary School", "Classroom and Office Assistant", new DateOnly(2019, 2, 1), null, "Show Low, AZ",
                [
                    "Completed the district's first-aid course",
                    "Help teachers with reading groups in grades 1-3",
                    "Supervise up to 60 children at recess",
                    "Cover the front office including answering calls from parents, filing attendance sheets, ordering classroom supplies and logging deliveries as they arrive",
                    "Introduced a quiet reading corner for the younger classes",
                ]),
                new("Rimrock Credit Union", "Member Services Lead", new DateOnly(2014, 6, 1), new DateOnly(2019, 1, 1), "Show Low, AZ",
                [
                    "Worked with the branch manager on the weekly rota",
                    "Reviewed loan files for missing documents",
                    "Trained four new tellers",
                ]),
            ],
        };
        var resume = Read(WrappedItemShapes.DutyLines(clerk, DateStyle.Numeric));

        Assert.Equal(clerk.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(clerk.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
    }
}
