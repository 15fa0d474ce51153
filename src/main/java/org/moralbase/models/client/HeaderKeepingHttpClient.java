package org.moralbase.models.client;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Set;

/**
 * LangChain4j's transport, re-done on {@code java.net.http} only because its JDK client drops response
 * headers from errors, and we must honour Retry-After. Requests and parsing stay LangChain4j's.
 */
final class HeaderKeepingHttpClient implements HttpClient {

    // headers java.net.http sets itself and refuses from callers
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final java.net.http.HttpClient http;
    private final Duration readTimeout;
    private final BaseUrls addresses;

    private HeaderKeepingHttpClient(Duration connectTimeout, Duration readTimeout, BaseUrls addresses) {
        this.addresses = addresses;
        this.http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        this.readTimeout = readTimeout;
    }

    /** A builder to hand to a LangChain4j chat model; the model sets the timeouts. */
    static HttpClientBuilder builder(BaseUrls addresses) {
        return new Builder(addresses);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        URI url = URI.create(request.url());
        // right before connecting: the host's addresses now, not when the model was saved
        addresses.checkBeforeSending(url);
        var jdkRequest = java.net.http.HttpRequest.newBuilder(url)
                .timeout(readTimeout)
                .method(request.method().name(), bodyOf(request));
        request.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> jdkRequest.header(name, value));
            }
        });
        HttpResponse<String> response;
        try {
            response = http.send(jdkRequest.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new TransportFailure(
                    FailureType.TIMEOUT, "no response within " + readTimeout + ": " + e.getMessage());
        } catch (IOException e) {
            throw new TransportFailure(FailureType.NETWORK, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportFailure(FailureType.CANCELLED, "interrupted while waiting for the response");
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new StatusHttpException(
                    status, response.body(), RetryAfter.from(response.headers(), InstantSource.system()));
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(status)
                .headers(response.headers().map())
                .body(response.body())
                .build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("streaming is not used by Moralbase's model clients");
    }

    private static java.net.http.HttpRequest.BodyPublisher bodyOf(HttpRequest request) {
        return request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body());
    }

    private static final class Builder implements HttpClientBuilder {
        private final BaseUrls addresses;
        private Duration connectTimeout = Duration.ofSeconds(15);
        private Duration readTimeout = Duration.ofSeconds(60);

        Builder(BaseUrls addresses) {
            this.addresses = addresses;
        }

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration value) {
            if (value != null) {
                connectTimeout = value;
            }
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration value) {
            if (value != null) {
                readTimeout = value;
            }
            return this;
        }

        @Override
        public HttpClient build() {
            return new HeaderKeepingHttpClient(connectTimeout, readTimeout, addresses);
        }
    }
}
