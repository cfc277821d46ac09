using Microsoft.Extensions.Options;
using Pipeline.Stages.Messaging;
using Pipeline.Stages.Running;

namespace Pipeline.Stages.Scoring;

public sealed class ScoreStageConsumerDefinition(IOptions<MessagingOptions> options)
    : StageConsumerDefinition<ScoreStageConsumer>(StageQueues.Score, options);
