namespace UongBi.Recruitment.Web.Resources;

/// <summary>
/// Marker for the shared strings: <c>SharedResource.resx</c> holds Vietnamese (the default),
/// <c>SharedResource.en.resx</c> English. A test checks both hold the same keys.
/// </summary>
public sealed class SharedResource;
