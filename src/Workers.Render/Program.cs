using Pipeline.ServiceDefaults;
using Pipeline.Stages;
using Pipeline.Stages.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddStageWorker("http://localhost:5103", bus => bus.AddRenderStage());

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
