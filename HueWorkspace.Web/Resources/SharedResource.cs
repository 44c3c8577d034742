namespace HueWorkspace.Web.Resources;

/// <summary>
/// Anchor for the UI texts: <c>SharedResource.resx</c> holds Vietnamese (the default), <c>SharedResource.en.resx</c>
/// English. Components read them through <c>IStringLocalizer&lt;SharedResource&gt; L</c>.
/// </summary>
public sealed class SharedResource;
