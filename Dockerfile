# quire in a container: a static binary on a distroless base, run as the
# unprivileged "nonroot" user (uid 65532). Build and run:
#
#   docker build --build-arg VERSION=$(git describe --tags --always --dirty) -t quire .
#   docker run --rm quire --version
#   docker run -d -v quire-node:/var/lib/quire -v /etc/quire:/etc/quire:ro \
#       -p 9000:9000 -p 9000:9000/udp quire node --config /etc/quire/node.json
#
# State (badger, keys you generate inside) belongs in the /var/lib/quire
# volume; mount configs and passphrase files read-only.

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath \
	-ldflags "-s -w -X github.com/quire-da/quire/internal/version.Version=${VERSION}" \
	-o /out/quire ./cmd/quire

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/quire /usr/local/bin/quire
USER nonroot:nonroot
ENV QUIRE_DATA_DIR=/var/lib/quire
VOLUME ["/var/lib/quire"]
ENTRYPOINT ["/usr/local/bin/quire"]
CMD ["help"]
