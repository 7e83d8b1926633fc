namespace UongBi.Recruitment.EndToEnd.Infrastructure;

/// <summary>All browser tests share one app process and one browser, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "App";
}
