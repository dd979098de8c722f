namespace Consumer
{
    public static class Class1
    {
        public static int Answer() => 42;
    }
}
