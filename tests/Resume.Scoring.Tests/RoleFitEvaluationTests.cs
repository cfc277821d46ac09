using Resume.Fixtures;
using Resume.Parsing;
using Xunit.Abstractions;

namespace Resume.Scoring.Tests;

/// <summary>
/// Role fit on résumés written by hand in the ways people of many fields write them (not by the generator the fit was
/// tuned on), each read by the parser as an upload is. The expected guides were written before the set was scored.
/// </summary>
public sealed class RoleFitEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Hand_written_resumes_of_many_fields_get_their_own_guide_and_a_wrong_guide_says_poor_fit()
    {
        var parser = new ResumeParser();
        var evaluation = RoleFitEvaluation.Run(
            RoleFitEvalSet.Cases,
            bytes =>
            {
                using var stream = new MemoryStream(bytes);
                var parsed = parser.Parse(stream);
                return (parsed.Resume, parsed.Error?.Code);
            },
            (resume, role) => Scoring.Score(resume, role));
        using var table = new StringWriter();
        evaluation.Print(table);
        output.WriteLine(table.ToString());

        Assert.True(evaluation.Count >= 60 && evaluation.Occupations >= 25, evaluation.Summary());
        // Nine in ten: a field's own guide for its people, the general guide (or an honest partial) for fields without one.
        Assert.True(evaluation.AutoAccuracy >= 0.9, string.Join("\n", evaluation.Confusions().Prepend(evaluation.Summary())));
        // Nobody is told they do not fit their own field, and every clearly wrong guide says so.
        Assert.True(evaluation.FalsePoor == 0, evaluation.Summary());
        Assert.True(evaluation.WrongMissed == 0, evaluation.Summary());
    }
}
