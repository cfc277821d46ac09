using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace LineRoles;

/// <summary>A LightGBM multiclass model of line roles through ML.NET: trained on some families' lines, asked about others'.</summary>
internal sealed class RoleModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly bool _withRules;

    private RoleModel(MLContext ml, ITransformer model, bool withRules) => (_ml, _model, _withRules) = (ml, model, withRules);

    public sealed class Row
    {
        public string Label { get; set; } = "";

        [VectorType]
        public float[] Features { get; set; } = [];
    }

    public sealed class Prediction
    {
        public string PredictedLabel { get; set; } = "";
    }

    /// <param name="withRules">Also give the model the role the rules gave the line: a learned layer over the rules.</param>
    public static RoleModel Train(IEnumerable<LineSample> samples, int seed, int iterations, bool withRules = false)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(Rows(samples, withRules), SchemaFor(withRules));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                NumberOfIterations = iterations,
                LearningRate = 0.1,
                NumberOfLeaves = 31,
                MinimumExampleCountPerLeaf = 10,
                NumberOfThreads = 1,
                Seed = seed,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return new RoleModel(ml, pipeline.Fit(data), withRules);
    }

    public string[] Predict(IReadOnlyList<LineSample> samples)
    {
        var data = _ml.Data.LoadFromEnumerable(Rows(samples, _withRules), SchemaFor(_withRules));
        return _ml.Data.CreateEnumerable<Prediction>(_model.Transform(data), reuseRowObject: false).Select(p => p.PredictedLabel).ToArray();
    }

    /// <summary>One line at a time, as a parser would ask inside its loop.</summary>
    public Func<float[], string> Engine()
    {
        var engine = _ml.Model.CreatePredictionEngine<Row, Prediction>(_model, inputSchemaDefinition: SchemaFor(_withRules));
        var row = new Row();
        return features =>
        {
            row.Features = features;
            return engine.Predict(row).PredictedLabel;
        };
    }

    /// <summary>The saved model's size in bytes (ML.NET's zip: the trees and the label map).</summary>
    public long SavedBytes(IReadOnlyList<LineSample> schemaSample)
    {
        using var stream = new MemoryStream();
        var data = _ml.Data.LoadFromEnumerable(Rows(schemaSample.Take(1), _withRules), SchemaFor(_withRules));
        _ml.Model.Save(_model, data.Schema, stream);
        return stream.Length;
    }

    private static IEnumerable<Row> Rows(IEnumerable<LineSample> samples, bool withRules) =>
        samples.Select(s => new Row { Label = s.Truth, Features = withRules ? [.. s.Features, .. Roles.All.Select(r => s.Rule == r ? 1f : 0f)] : s.Features });

    private static SchemaDefinition SchemaFor(bool withRules)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single,
            LineFeatures.Names.Length + (withRules ? Roles.All.Length : 0));
        return schema;
    }
}
