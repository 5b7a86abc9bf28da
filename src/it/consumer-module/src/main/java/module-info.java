module consumer {
    requires io.github.newswire;
}
