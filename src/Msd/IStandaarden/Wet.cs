namespace Msd.IStandaarden;

/// <summary>The law a message belongs to: iJw (Jeugdwet) or iWmo (Wmo 2015).</summary>
public enum Wet
{
    Jeugdwet,
    Wmo,
}
